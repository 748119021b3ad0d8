//! The dossier on paper: the paper's `@page` rules (fixed strings, never
//! user text) and the pagination done just before printing.
//!
//! Chromium has no `target-counter()`, so the contents' page numbers are
//! computed: the sheets are laid out at the printed width, and each one's
//! content is cut into pages here, greedily, keeping a box whole where it
//! fits on a page and a heading with what follows it. Every cut is then
//! made a forced break (`.dossier-break`), and no page is filled to the
//! brim, so the browser never needs a break of its own and the pages are
//! exactly the ones counted.

use web_sys::Element;

/// One `<style>` text per paper: A4 portrait, A4 landscape, A3 portrait.
/// Landscape sheets (`.sheet.landscape`) always get a landscape page; the
/// widths under `.dossier-measure` are the printed page's, for measuring.
pub const PAPER_CSS: [&str; 3] = [
    "@page{size:A4 portrait;margin:12mm 14mm 14mm;@bottom-center{content:counter(page) ' / ' counter(pages);font:9pt sans-serif}}\
     @page landscape{size:A4 landscape}\
     .dossier-measure .dossier .sheet{inline-size:182mm}.dossier-measure .dossier .sheet.landscape{inline-size:269mm}",
    "@page{size:A4 landscape;margin:12mm 14mm 14mm;@bottom-center{content:counter(page) ' / ' counter(pages);font:9pt sans-serif}}\
     @page landscape{size:A4 landscape}\
     .dossier-measure .dossier .sheet,.dossier-measure .dossier .sheet.landscape{inline-size:269mm}",
    "@page{size:A3 portrait;margin:12mm 14mm 14mm;@bottom-center{content:counter(page) ' / ' counter(pages);font:9pt sans-serif}}\
     @page landscape{size:A3 landscape}\
     .dossier-measure .dossier .sheet{inline-size:269mm}.dossier-measure .dossier .sheet.landscape{inline-size:392mm}",
];

/// The page area's height in mm (margins off) for a portrait sheet and
/// a landscape one, per paper.
pub const GEOMETRY: [(f64, f64); 3] = [(271.0, 184.0), (184.0, 184.0), (394.0, 271.0)];

const PX_PER_MM: f64 = 96.0 / 25.4;
/// Room left at the foot of each page for what measuring cannot see
/// (a margin kept after a break, rounding).
const SLACK_MM: f64 = 4.0;
const BREAK: &str = "dossier-break";

/// Cuts every sheet into pages and writes each part's first page into
/// the contents.
pub fn paginate((portrait, landscape): (f64, f64)) {
    let doc = leptos::prelude::document();
    let Some(root) = doc.document_element() else {
        return;
    };
    for old in super::super::dom::all(&root, &format!(".{BREAK}")) {
        let _ = old.class_list().remove_1(BREAK);
    }
    let _ = root.class_list().add_1("dossier-measure");
    let mut page = 1;
    for sheet in super::super::dom::all(&root, ".dossier .sheet") {
        let id = sheet.id();
        let key = id.trim_start_matches("dossier-");
        for n in super::super::dom::all(&root, &format!("[data-toc-page=\"{key}\"]")) {
            n.set_text_content(Some(&page.to_string()));
        }
        let tall = if sheet.class_list().contains("landscape") {
            landscape
        } else {
            portrait
        };
        let head = sheet
            .query_selector("thead")
            .ok()
            .flatten()
            .map_or(0.0, |h| h.get_bounding_client_rect().height());
        let Some(body) = sheet.query_selector(".sheet-body").ok().flatten() else {
            continue;
        };
        let mut at = Cut {
            top: body.get_bounding_client_rect().top(),
            pages: 1,
            room: (tall - SLACK_MM) * PX_PER_MM - head,
        };
        let mut child = body.first_element_child();
        while let Some(c) = child {
            at.place(&c);
            child = c.next_element_sibling();
        }
        page += at.pages;
    }
    let _ = root.class_list().remove_1("dossier-measure");
}

/// Where the current page starts, how many pages so far, and how much
/// fits on one.
struct Cut {
    top: f64,
    pages: u32,
    room: f64,
}

impl Cut {
    fn place(&mut self, e: &Element) {
        let display = css(e, "display");
        if display == "none" {
            return;
        }
        if display == "contents" {
            return self.children(e);
        }
        let r = e.get_bounding_client_rect();
        if r.bottom() - self.top <= self.room {
            return;
        }
        let whole = css(e, "break-inside") == "avoid";
        // A table goes on by rows (its header row repeats on each page).
        let flows = matches!(
            display.as_str(),
            "block" | "list-item" | "flow-root" | "table" | "table-row-group"
        );
        // Blocks inside a block can go on different pages; a line of text
        // (inline children) is kept whole here.
        let blocks = e
            .first_element_child()
            .is_some_and(|c| !css(&c, "display").starts_with("inline"));
        if !whole && flows && blocks {
            return self.children(e);
        }
        let first = r.top() - self.top < 2.0;
        if r.height() <= self.room && !first {
            let target = self.lead(e);
            let _ = target.class_list().add_1(BREAK);
            self.top = target.get_bounding_client_rect().top();
            self.pages += 1;
            return;
        }
        // A box taller than a page: the browser cuts it where it must.
        while r.bottom() - self.top > self.room {
            self.top += self.room;
            self.pages += 1;
        }
    }

    /// Where a page that must start at `e` starts: before the headings
    /// just above it (so none is left at the foot of a page), through
    /// the boxes `e` opens, but never at the current page's top.
    fn lead(&self, e: &Element) -> Element {
        let mut at = e.clone();
        let mut best = e.clone();
        loop {
            let up = match at.previous_element_sibling() {
                Some(p) if is_heading(&p) => Some(p),
                Some(_) => None,
                None => at
                    .parent_element()
                    .filter(|p| !p.class_list().contains("sheet-body")),
            };
            let Some(u) = up else { return best };
            // A box of no box of its own (display: contents) is gone through.
            if css(&u, "display") != "contents" {
                if u.get_bounding_client_rect().top() - self.top <= 2.0 {
                    return best;
                }
                best = u.clone();
            }
            at = u;
        }
    }

    fn children(&mut self, e: &Element) {
        let mut child = e.first_element_child();
        while let Some(c) = child {
            self.place(&c);
            child = c.next_element_sibling();
        }
    }
}

/// A computed style of `e`.
fn css(e: &Element, name: &str) -> String {
    leptos::prelude::window()
        .get_computed_style(e)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value(name).ok())
        .unwrap_or_default()
}

fn is_heading(e: &Element) -> bool {
    let tag = e.tag_name();
    tag.len() == 2 && tag.starts_with('H') && tag != "HR"
}
