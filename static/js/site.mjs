// Initialises NHS.UK frontend's components (header menu, skip link, error summary, ...).
// Loaded as a module from a static file: the site has no inline scripts.
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();
