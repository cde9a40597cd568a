interface Settings {
  colour: string;
}

// ruleid: ts-generic-call
const settings = lookup<Settings>('settings');
// ok: ts-generic-call
const plain = lookup('settings');

// ruleid: ts-handler-parses
request.on('end', function (chunk: string) {
  const trimmed = chunk.trim();
  xmlParser.parse(trimmed, { strict: true });
  done();
});

// ok: ts-handler-parses
request.on('end', function (chunk: string) {
  done(chunk);
});
