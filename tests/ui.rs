//! Component tests: the real app mounted in headless Chromium, checked
//! through the DOM and localStorage the way a user's browser keeps them.
//! Run with `cargo test --target wasm32-unknown-unknown` (see README).
#![cfg(target_arch = "wasm32")]

use canevas::format;
use canevas::model::{Block, Id, Note, Project, Timestamp};
use canevas::storage::{project_key, INDEX_KEY, QUARANTINE_PREFIX, SETTINGS_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Lets effects and the scheduler run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the app at `hash` over the given storage, in a fresh container.
struct Mounted {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

async fn mount(hash: &str) -> Mounted {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    // The creator's page (index.html).
    let handle = leptos::mount::mount_to(root.clone(), || {
        leptos::view! { <canevas::ui::App facilitator=None/> }
    });
    tick().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

fn seed(project: &Project) {
    let s = storage();
    s.clear().unwrap();
    s.set_item(
        &project_key(&project.id),
        &format::store(project, Timestamp(1)),
    )
    .unwrap();
    s.set_item(
        INDEX_KEY,
        &format!(r#"{{"version":1,"projects":["{}"]}}"#, project.id),
    )
    .unwrap();
    s.set_item(SETTINGS_KEY, r#"{"lang":"en"}"#).unwrap();
}

fn kola() -> Project {
    let mut p = Project::new(Id::parse("kola").unwrap(), "Kola Quest", Timestamp(1));
    for (i, text) in ["Google Play", "Itch.io demo"].into_iter().enumerate() {
        p.canvas.add_note(
            Block::Channels,
            Note::new(Id::parse(&format!("ch{i}")).unwrap(), text, Timestamp(1)),
        );
    }
    p
}

fn all(root: &HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// The region named `name` (by its heading, as assistive technology does).
fn region(root: &HtmlElement, name: &str) -> web_sys::Element {
    all(root, "section[aria-labelledby]")
        .into_iter()
        .find(|s| {
            let heading = document()
                .get_element_by_id(&s.get_attribute("aria-labelledby").unwrap())
                .unwrap();
            heading.text_content().unwrap() == name
        })
        .unwrap_or_else(|| panic!("no region named {name}"))
}

fn button(scope: &web_sys::Element, name: &str) -> HtmlElement {
    let list = scope.query_selector_all("button").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| {
            b.get_attribute("aria-label")
                .or_else(|| b.text_content())
                .as_deref()
                == Some(name)
        })
        .unwrap_or_else(|| panic!("no button named {name}"))
}

fn notes(region: &web_sys::Element) -> Vec<String> {
    let list = region.query_selector_all("textarea").unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .unchecked_into::<HtmlTextAreaElement>()
                .value()
        })
        .collect()
}

fn stored(id: &str) -> Project {
    let raw = storage()
        .get_item(&format!("canevas.project.{id}"))
        .unwrap()
        .expect("the project is stored");
    format::import(raw.as_bytes()).unwrap().remove(0)
}

#[wasm_bindgen_test]
async fn the_canvas_shows_nine_named_regions_with_the_stored_notes() {
    seed(&kola());
    let app = mount("#/projects/kola/canvas").await;
    let names: Vec<String> = all(&app.root, "section.block h3")
        .iter()
        .map(|h| h.text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Key Partners",
            "Key Activities",
            "Key Resources",
            "Value Propositions",
            "Customer Relationships",
            "Channels",
            "Customer Segments",
            "Cost Structure",
            "Revenue Streams"
        ]
    );
    assert_eq!(
        notes(&region(&app.root, "Channels")),
        ["Google Play", "Itch.io demo"]
    );
    assert!(
        app.root.text_content().unwrap().contains("CC BY-SA 3.0"),
        "attribution shown with the canvas"
    );
}

#[wasm_bindgen_test]
async fn a_typed_note_is_stored_at_once_and_undo_takes_it_back() {
    seed(&kola());
    let app = mount("#/projects/kola/canvas").await;
    let partners = region(&app.root, "Key Partners");
    button(&partners, "Add note").click();
    tick().await;
    let textarea: HtmlTextAreaElement = partners
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        document().active_element().as_ref(),
        Some(textarea.unchecked_ref()),
        "the new note has focus"
    );
    textarea.set_value("Institut français, Dakar");
    textarea
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    let saved = stored("kola");
    assert_eq!(
        saved.canvas.notes(Block::KeyPartners)[0].text,
        "Institut français, Dakar"
    );

    button(&app.root, "Undo").click();
    tick().await;
    assert_eq!(
        stored("kola").canvas.notes(Block::KeyPartners)[0].text,
        "",
        "typing undone"
    );
    button(&app.root, "Undo").click();
    tick().await;
    assert!(
        stored("kola").canvas.notes(Block::KeyPartners).is_empty(),
        "adding undone"
    );
    assert!(notes(&region(&app.root, "Key Partners")).is_empty());
}

#[wasm_bindgen_test]
async fn moving_a_note_with_its_buttons_reorders_and_saves() {
    seed(&kola());
    let app = mount("#/projects/kola/canvas").await;
    let channels = region(&app.root, "Channels");
    let second = channels
        .query_selector_all("li.note")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::Element>();
    // "Move up" is in the note's Move menu, built when opened.
    assert!(all(&second.clone().unchecked_into(), "[role=menu]").is_empty());
    button(&second, "Move").click();
    tick().await;
    button(&second, "Move up").click();
    tick().await;
    assert_eq!(
        notes(&region(&app.root, "Channels")),
        ["Itch.io demo", "Google Play"]
    );
    let texts: Vec<_> = stored("kola")
        .canvas
        .notes(Block::Channels)
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(texts, ["Itch.io demo", "Google Play"]);
}

#[wasm_bindgen_test]
async fn hostile_text_is_shown_as_text_never_as_markup() {
    let mut p = kola();
    p.title = "<img src=x onerror=\"window.__xss=1\">".into();
    p.canvas.set_text(
        &Id::parse("ch0").unwrap(),
        "<script>window.__xss=1</script>",
        Timestamp(2),
    );
    seed(&p);
    let app = mount("#/projects/kola/canvas").await;
    assert!(all(&app.root, "img, script").is_empty());
    assert_eq!(
        app.root
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        p.title
    );
    assert_eq!(
        notes(&region(&app.root, "Channels"))[0],
        "<script>window.__xss=1</script>"
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_and_is_remembered() {
    seed(&kola());
    let app = mount("#/projects/kola/canvas").await;
    let select: web_sys::HtmlSelectElement = app
        .root
        .query_selector("header select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("fr");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    region(&app.root, "Partenaires clés");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("fr")
    );
    assert_eq!(
        storage().get_item(SETTINGS_KEY).unwrap().as_deref(),
        Some(r#"{"lang":"fr"}"#)
    );
}

#[wasm_bindgen_test]
async fn corrupted_storage_is_kept_aside_and_reported() {
    seed(&kola());
    storage()
        .set_item("canevas.project.broken", "{\"format\":\"canevas\",")
        .unwrap();
    let app = mount("#/").await;
    let alert = app
        .root
        .query_selector("[role=alert]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(alert.contains("kept aside"), "{alert}");
    let s = storage();
    let kept: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        s.get_item(&kept[0]).unwrap().as_deref(),
        Some("{\"format\":\"canevas\",")
    );
    assert!(
        app.root.text_content().unwrap().contains("Kola Quest"),
        "the good project still loads"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_project_address_says_so() {
    seed(&kola());
    let app = mount("#/projects/nowhere/canvas").await;
    assert_eq!(
        app.root
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Nothing here"
    );
}

#[wasm_bindgen_test]
async fn the_colour_key_names_the_segment_each_colour_stands_for() {
    let mut p = kola();
    let segment = Id::parse("seg").unwrap();
    p.canvas.add_note(
        Block::CustomerSegments,
        Note::new(segment.clone(), "Teens in Dakar", Timestamp(1)),
    );
    p.canvas
        .set_colour(&segment, Some(canevas::model::Colour::Pink), Timestamp(2));
    seed(&p);
    let app = mount("#/projects/kola/canvas").await;
    let key: Vec<String> = all(&app.root, ".colour-key li")
        .iter()
        .map(|li| li.text_content().unwrap())
        .collect();
    assert_eq!(key, ["Pink: Teens in Dakar"]);
}
