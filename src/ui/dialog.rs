//! A modal dialog on the native `<dialog>` element: the browser traps
//! focus, makes the page behind inert and closes it with Escape. Focus
//! returns to where it was when it closes.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Called when the user dismisses it (Escape).
    #[prop(into)]
    on_close: Callback<()>,
    /// The id of the element that names the dialog (its heading).
    labelled_by: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = node.get() else { return };
        match (open.get(), dialog.open()) {
            (true, false) => {
                let _ = dialog.show_modal();
            }
            (false, true) => dialog.close(),
            _ => {}
        }
    });
    view! {
        <dialog
            node_ref=node
            aria-labelledby=labelled_by
            on:cancel=move |e: leptos::ev::Event| {
                e.prevent_default();
                on_close.run(());
            }
        >
            // Rendered only while open: a closed dialog leaves nothing in the
            // page for search, tests or assistive technology to trip on.
            {move || open.get().then(|| children())}
        </dialog>
    }
}
