package org.fourpermille.hub.shared;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's HTTP session with the platform, for tests that drive the real pages without a browser:
 * keeps cookies, follows redirects, and submits Faces forms (hidden fields and view state included).
 *
 * <p>Usage: {@code Page page = web.get("login.xhtml"); web.submit(page, "login", Map.of("email", ...), "submit");}
 */
public final class WebSession {

    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String language;

    public WebSession(URL deployment, String language) {
        this(deployment, language, HttpClient.Version.HTTP_1_1); // as a browser speaks to a plain-http server
    }

    /** With {@code HTTP_1_1}, no h2c upgrade is asked for: what a load balancer in between expects. */
    public WebSession(URL deployment, String language, HttpClient.Version version) {
        this.base = URI.create(deployment.toExternalForm());
        this.language = language;
        this.client = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** The raw bytes at {@code path} (an image, a download), with extra request headers; redirects are followed. */
    public HttpResponse<byte[]> bytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET().header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Submits the form {@code formId} of a page: every field the page carries, then {@code fields}
     * (keys are the field ids inside the form), and the button {@code buttonId} as the pressed one.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> values = formValues(page, formId, fields);
        if (buttonId != null) {
            values.put(formId + ":" + buttonId, "");
        }
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Uploads a file through the PrimeFaces upload {@code uploadId} of form {@code formId}, as its script
     * does: a multipart ajax request carrying the form's fields, the file under the component's client id.
     * Returns the partial response.
     */
    public Page upload(Page page, String formId, String uploadId, String fileName, String contentType, byte[] content) {
        return upload(page, formId, uploadId, fileName, contentType, content, formId + ":documents");
    }

    /** As {@link #upload(Page, String, String, String, String, byte[])}, re-rendering {@code render} (the upload's "update"). */
    public Page upload(Page page, String formId, String uploadId, String fileName, String contentType, byte[] content,
                       String render) {
        String clientId = formId + ":" + uploadId;
        Element input = page.document().getElementById(clientId + "_input");
        if (input == null) {
            throw new AssertionError("No upload '" + clientId + "' on " + page.uri() + ":\n" + page.text());
        }
        Map<String, String> values = formValues(page, formId, Map.of());
        values.put("jakarta.faces.partial.ajax", "true");
        values.put("jakarta.faces.source", clientId);
        values.put("jakarta.faces.partial.execute", clientId);
        values.put("jakarta.faces.partial.render", render);
        values.put(clientId + "_totalFilesCount", "1");
        String boundary = "----hubtest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        values.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + clientId
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Switches a signed-in person's language with the header's language buttons (a POST, which saves it to
     * their account); returns the page they come back to.
     */
    public Page chooseLanguage(String tag) {
        Page page = get("dashboard.xhtml");
        if (!page.has("languageForm")) {
            throw new AssertionError("No language form (not signed in?) on " + page.uri() + ":\n" + page.text());
        }
        return submit(page, "languageForm", Map.of(), tag);
    }

    /**
     * Submits a form as a browser without script does: the fields the page carries and {@code fields}, the
     * pressed button, but not the nonce that PrimeFaces' script would add.
     */
    public Page submitWithoutScript(Page page, String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> values = formValues(page, formId, fields, false);
        if (buttonId != null) {
            values.put(formId + ":" + buttonId, "");
        }
        return post(action(page, formId), values, Map.of());
    }

    /** A POST of form fields to an address, with extra headers; redirects are followed. */
    public Page post(URI target, Map<String, String> values, Map<String, String> headers) {
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Every field of a form as the page carries it (for tests that forge a postback from it). */
    public static Map<String, String> fieldsOf(Page page, String formId) {
        return formValues(page, formId, Map.of(), true);
    }

    /** The address a form posts to. */
    public static URI actionOf(Page page, String formId) {
        return action(page, formId);
    }

    /** The session cookie's header value, for a raw request made outside this client. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static URI action(Page page, String formId) {
        return page.uri().resolve(page.document().getElementById(formId).attr("action"));
    }

    /** Every field the form carries, then {@code fields} (keys are the field ids inside the form), and the CSP nonce. */
    private static Map<String, String> formValues(Page page, String formId, Map<String, String> fields) {
        return formValues(page, formId, fields, true);
    }

    private static Map<String, String> formValues(Page page, String formId, Map<String, String> fields, boolean script) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.uri() + ":\n" + page.text());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                values.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
            } else {
                values.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.attr("value"));
            }
        }
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        // PrimeFaces' script sends the page's CSP nonce with every postback; do as it does.
        Matcher nonce = CSP_NONCE.matcher(page.document().html());
        if (script && nonce.find()) {
            values.put("primefaces.nonce", nonce.group(1));
        }
        return values;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    public URI resolve(String path) {
        return path.startsWith("http") ? URI.create(path) : base.resolve(path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", language)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response, Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response as the person would see it. */
    public record Page(int status, URI uri, HttpResponse<String> response, Document document) {

        public String text() {
            return document.body() == null ? "" : document.body().text();
        }

        /** The visible text of an ajax (partial) response, whose markup travels in CDATA sections. */
        public String partialText() {
            return Jsoup.parse(response.body().replace("<![CDATA[", "").replace("]]>", "")).text();
        }

        public String title() {
            return document.title();
        }

        public boolean has(String elementId) {
            return document.getElementById(elementId) != null;
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }
}
