/**
 * The pages under {@code /assessment}: the STC's formative assessment of projects (calls, the rubric's criteria,
 * requests and the experts' own assessments) and the letter of support of a positively assessed project.
 */
package org.fourpermille.hub.matching.assessment;
