function render(title) {
  let markup = '<h2';
  // ruleid: markup-concat
  markup = markup.concat(title);
  // ok: markup-concat
  markup = markup.concat('</h2>');
  return markup;
}

function maybe(title, fancy) {
  let markup = '<p';
  if (fancy) {
    markup = decorate(title);
  }
  // ok: markup-concat
  return markup.concat(title);
}

function looped(items) {
  let markup = '<li';
  for (const item of items) {
    // ok: markup-concat
    markup.concat(item);
    markup = item;
  }
}

function closure(title) {
  let markup = '<em';
  const reset = () => {
    markup = title;
  };
  reset();
  // ok: markup-concat
  return markup.concat(title);
}

function branchFirst(title) {
  let markup = '<b';
  if (title) {
    // ruleid: markup-concat
    return markup.concat(title);
  }
  markup = title;
  return markup;
}
