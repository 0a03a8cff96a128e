/*
 * Small behaviours of the platform's pages, loaded as a file so that the Content-Security-Policy needs no inline
 * script. Every page works without it: the menu then simply stays open.
 */
(function () {
    "use strict";
    var narrow = window.matchMedia("(max-width: 47.99rem)");

    function setUpMenu() {
        var toggle = document.getElementById("menuToggle");
        var menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
        if (!menu) {
            return;
        }
        function show(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            menu.classList.toggle("hub-menu-closed", !open);
        }
        function fit() {
            // On a phone the menu starts closed behind its button; on a wide screen it is always shown.
            toggle.hidden = !narrow.matches;
            show(!narrow.matches);
        }
        toggle.addEventListener("click", function () {
            show(toggle.getAttribute("aria-expanded") !== "true");
        });
        menu.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && narrow.matches) {
                show(false);
                toggle.focus();
            }
        });
        if (narrow.addEventListener) {
            narrow.addEventListener("change", fit);
        }
        fit();
    }

    /*
     * A table wider than the screen scrolls inside its own region: that region must be reachable by keyboard and
     * named, so a person who cannot use a mouse or a touch screen can scroll it too.
     */
    function markScrollingTables() {
        var tables = document.querySelectorAll("table.hub-table, .hub-main table.ui-datatable-table");
        for (var t = 0; t < tables.length; t++) {
            var parent = tables[t].parentNode;
            if (!parent.classList.contains("hub-table-wrap") && !parent.classList.contains("ui-datatable-tablewrapper")) {
                var wrap = document.createElement("div");
                wrap.className = "hub-table-wrap";
                parent.insertBefore(wrap, tables[t]);
                wrap.appendChild(tables[t]);
            }
        }
        var regions = document.querySelectorAll(".hub-table-wrap, .hub-main .ui-datatable-tablewrapper");
        for (var i = 0; i < regions.length; i++) {
            var region = regions[i];
            var scrolls = region.scrollWidth > region.clientWidth + 1;
            if (scrolls && !region.hasAttribute("tabindex")) {
                var table = region.querySelector("table");
                var caption = table && table.querySelector("caption");
                region.setAttribute("tabindex", "0");
                region.setAttribute("role", "region");
                if (caption && caption.id) {
                    region.setAttribute("aria-labelledby", caption.id);
                } else if (table && table.getAttribute("aria-label")) {
                    region.setAttribute("aria-label", table.getAttribute("aria-label"));
                } else if (caption) {
                    region.setAttribute("aria-label", caption.textContent.trim());
                }
            } else if (!scrolls && region.getAttribute("role") === "region") {
                region.removeAttribute("tabindex");
                region.removeAttribute("role");
            }
        }
    }

    function plain(text) {
        return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[_/]/g, " ").replace(/\s+/g, " ");
    }

    /*
     * A time-zone select (data-zone-picker holds the filter's label): a search field above it narrows the list to
     * the zones whose city or region matches, and the browser's own zone is offered first. The select itself, and so
     * what the form posts, stays as the server rendered it; without script it is a plain grouped list.
     */
    function setUpZonePicker(select) {
        var first = select.querySelector("optgroup");
        var own = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (first && own && !first.querySelector("option[value='" + own.replace(/'/g, "") + "']")) {
            var known = select.querySelector("option[value='" + own.replace(/'/g, "") + "']");
            if (known) {
                var copy = known.cloneNode(true);
                copy.removeAttribute("selected");
                copy.selected = false;
                copy.textContent = known.textContent + " (" + select.getAttribute("data-zone-browser") + ")";
                first.insertBefore(copy, first.firstChild);
            }
        }
        var field = document.createElement("input");
        field.type = "search";
        field.id = select.id + "_filter";
        field.setAttribute("aria-controls", select.id);
        field.autocomplete = "off";
        var label = document.createElement("label");
        label.htmlFor = field.id;
        label.textContent = select.getAttribute("data-zone-picker");
        select.parentNode.insertBefore(label, select);
        select.parentNode.insertBefore(field, select);
        field.addEventListener("input", function () {
            var wanted = plain(field.value.trim());
            var options = select.querySelectorAll("option");
            var firstShown = null;
            for (var i = 0; i < options.length; i++) {
                var option = options[i];
                var shown = option.value === "" || wanted === "" || plain(option.textContent + " " + option.value).indexOf(wanted) >= 0;
                option.hidden = !shown;
                if (shown && option.value !== "" && !firstShown) {
                    firstShown = option;
                }
            }
            var groups = select.querySelectorAll("optgroup");
            for (var g = 0; g < groups.length; g++) {
                groups[g].hidden = !groups[g].querySelector("option:not([hidden])");
            }
            var current = select.options[select.selectedIndex];
            if (firstShown && (!current || current.hidden || current.value === "")) {
                firstShown.selected = true;
            }
        });
    }

    /*
     * PrimeFaces' file chooser is a span carrying aria-labelledby without a role (not allowed there) around the file
     * input, which is named by the same label. A role of button would nest one control in another; so the span loses
     * the attribute and the input keeps its name.
     */
    function nameFileChoosers() {
        var choosers = document.querySelectorAll(".ui-fileupload-choose[aria-labelledby]:not([role])");
        for (var i = 0; i < choosers.length; i++) {
            choosers[i].removeAttribute("aria-labelledby");
        }
    }

    function afterUpdates() {
        nameFileChoosers();
        markScrollingTables();
    }

    function setUp() {
        setUpMenu();
        nameFileChoosers();
        window.addEventListener("load", nameFileChoosers);
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", afterUpdates);
        }
        var pickers = document.querySelectorAll("select[data-zone-picker]");
        for (var p = 0; p < pickers.length; p++) {
            setUpZonePicker(pickers[p]);
        }
        markScrollingTables();
        window.addEventListener("resize", markScrollingTables);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
