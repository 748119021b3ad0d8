//! The facilitator's page (`facilitator.html`): the app with the
//! facilitator's screens. See `src/ui/page.rs`.

#[cfg(target_arch = "wasm32")]
fn main() {
    canevas::ui::mount_facilitator();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Canevas runs in the browser: build it with `scripts/build.sh`.");
}
