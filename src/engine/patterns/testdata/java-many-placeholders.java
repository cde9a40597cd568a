// ruleid: java-field-reaches-constructor-call
class Vault {
    char[] pin = { '1', '2', '3' };

    Vault(int size) {
        open();
        Key key = new Key(pin, size);
        close(key);
    }
}

// ok: java-field-reaches-constructor-call
class Drawer {
    char[] pin = { '1', '2', '3' };

    Drawer(int size) {
        Key key = new Key(other, size);
    }
}

// ok: java-field-reaches-constructor-call
class Box {
    char[] pin = readPin();

    Box(int size) {
        Key key = new Key(pin, size);
    }
}
