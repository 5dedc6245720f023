// Marks the page for NHS.UK frontend's styles before its first paint, so that nothing moves
// when the module (site.mjs) runs later: loaded as a classic, blocking script at the very
// start of <body> (a static file, not inline, for the Content-Security-Policy). Browsers that
// cannot run modules keep the no-JavaScript layout, as nhsuk-frontend asks.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("nhsuk-frontend-supported");
}
