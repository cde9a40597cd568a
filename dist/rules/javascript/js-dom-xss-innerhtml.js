/* global document, location, DOMPurify */

function showGreeting() {
  const name = new URLSearchParams(location.search).get('name');
  // ruleid: js-dom-xss-innerhtml
  document.getElementById('greeting').innerHTML = '<h1>Hello ' + name + '</h1>';
}

function renderComment(list, comment) {
  // ruleid: js-dom-xss-innerhtml
  list.insertAdjacentHTML('beforeend', `<li>${comment.body}</li>`);
}

function legacyBanner(html) {
  // ruleid: js-dom-xss-innerhtml
  document.write(html);
}

function showGreetingSafely() {
  const name = new URLSearchParams(location.search).get('name');
  // ok: js-dom-xss-innerhtml
  document.getElementById('greeting').textContent = `Hello ${name}`;
}

function clearList(list) {
  // ok: js-dom-xss-innerhtml
  list.innerHTML = '';
}

function renderSanitised(el, html) {
  // ok: js-dom-xss-innerhtml
  el.innerHTML = DOMPurify.sanitize(html);
}
