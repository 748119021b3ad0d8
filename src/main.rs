//! Browser entry point: mounts the app. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    canevas::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Canevas runs in the browser: build it with `trunk build --release`.");
}
