// ruleid: ac-bitwise-or
a = { secureOptions: k.NO_SSLv3 | k.NO_TLSv1 | k.NO_SSLv2 };
// ruleid: ac-bitwise-or
b = { secureOptions: k.NO_TLSv1 | (k.NO_SSLv2 | k.NO_SSLv3) };
// ok: ac-bitwise-or
c = { secureOptions: k.NO_SSLv2 | k.NO_SSLv3 };
// ok: ac-bitwise-or
d = { secureOptions: k.NO_SSLv2 & k.NO_SSLv3 & k.NO_TLSv1 };

// ruleid: and-keeps-grouping
ready && enabled && run(task);
// ok: and-keeps-grouping
ready || run(task);

// ruleid: statement-ellipsis-before-paren
try {
  const saved = storage.getItem(KEY);
  use(saved);
} catch (e) {
  reset();
}
