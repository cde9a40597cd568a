/* global document, location */

// Shows the search term above the results: the URL parameter is written as HTML.
function showSearchTerm() {
  const term = new URLSearchParams(location.search).get('q') || '';
  document.getElementById('search-term').innerHTML = '<em>' + term + '</em>';
}

// Shows the result count safely as text.
function showResultCount(count) {
  document.getElementById('result-count').textContent = `${count} results`;
}

document.addEventListener('DOMContentLoaded', showSearchTerm);
window.showResultCount = showResultCount;
