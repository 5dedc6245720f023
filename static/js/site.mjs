// Initialises NHS.UK frontend's components (header menu, skip link, error summary, ...).
// Loaded as a module from a static file: the site has no inline scripts.
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";

// The body's classes were set before the first paint by frontend-supported.js.
initAll();
