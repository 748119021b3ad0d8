//! The browser's localStorage as a [`Backend`].

use super::{Backend, StoreError};
use gloo_storage::{LocalStorage, Storage};

/// localStorage, when the browser gives it. `LocalStorage::raw()` panics
/// where storage is disabled, so availability is checked once, up front.
pub struct Local {
    storage: web_sys::Storage,
}

impl Local {
    pub fn open() -> Option<Local> {
        let window = web_sys::window()?;
        // Accessing the property itself can throw (SecurityError) in some
        // privacy modes, hence the Result.
        window.local_storage().ok()??;
        let storage = LocalStorage::raw();
        // Some browsers hand out a storage that fails on the first write.
        let probe = "canevas.probe";
        storage.set_item(probe, "1").ok()?;
        storage.remove_item(probe).ok()?;
        Some(Local { storage })
    }
}

fn error(e: wasm_bindgen::JsValue) -> StoreError {
    use wasm_bindgen::JsCast;
    match e.dyn_ref::<web_sys::DomException>() {
        Some(ex) if ex.name() == "QuotaExceededError" || ex.code() == 22 => StoreError::Full,
        Some(ex) => StoreError::Other(format!("{}: {}", ex.name(), ex.message())),
        None => StoreError::Other(format!("{e:?}")),
    }
}

impl Backend for Local {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.storage.length().map_err(error)?;
        Ok((0..n)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect())
    }
}
