// Edit mode only: an inline edit is never silently lost (issue 12.6).
//
// djangocms-text saves an inline text when its editor loses focus. Applying a link through the
// editor's link dialog leaves the focus on the page, not in the editor, so the next click outside
// never blurs the editor, nothing is saved, and a reload loses the edit. Here, a press anywhere
// outside an editor, its toolbar and its dialogs saves every editor holding unsaved changes
// (djangocms-text's save claims the change first, so a save is never sent twice).
const KEEP_OPEN = ".cms-editor-inline-wrapper, .cms-dialog";

function unsavedEditors() {
  const plugin = window.cms_editor_plugin;
  if (!plugin || !plugin._editors) return [];
  return Object.values(plugin._editors).filter(
    (editor) => !editor.isDestroyed && editor.options.el.dataset.changed === "true",
  );
}

document.addEventListener(
  "pointerdown",
  (event) => {
    if (event.target.closest(KEEP_OPEN)) return;
    for (const editor of unsavedEditors()) {
      if (!editor.options.el.contains(event.target)) editor.options.save_callback();
    }
  },
  true,
);
