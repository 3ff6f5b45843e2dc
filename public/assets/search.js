// Start Pagefind's UI on the search page. Result URLs are made relative to
// this page's own location, so search works under any sub-path.
(function () {
  var element = document.getElementById('search');
  var unavailable = document.getElementById('search-unavailable');
  if (!element) return;
  if (location.protocol === 'file:' || typeof window.PagefindUI !== 'function') {
    if (unavailable) unavailable.hidden = false;
    return;
  }
  var siteRoot = new URL(element.getAttribute('data-bundle') + '../', location.href).pathname;
  new window.PagefindUI({ element: element, bundlePath: element.getAttribute('data-bundle'), baseUrl: siteRoot, showImages: false, resetStyles: false });
  // Pagefind's input is labelled only by its title attribute: give it a real accessible name.
  var input = element.querySelector('input');
  if (input) input.setAttribute('aria-label', 'Search the archive');
})();
