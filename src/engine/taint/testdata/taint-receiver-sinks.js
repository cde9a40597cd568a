function show(req, view) {
  const template = req.body;
  // ruleid: js-tainted-receiver-sink
  template.render();
  // ok: js-tainted-receiver-sink
  view.render();
  // ruleid: js-tainted-receiver-sink
  view.render(template);
}
