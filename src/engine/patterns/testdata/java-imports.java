package demo;

import javax.crypto.Cipher;
import org.acme.Route;
import java.util.ArrayList;
import org.acme.*;
import static org.acme.Files.delete;

class Imports {
  // ruleid: java-imported-call
  Cipher c = Cipher.getInstance("DES");

  // ruleid: java-imported-annotation
  @Route(path = "/a")
  public int handler(int x) {
    return x;
  }

  void body() {
    // ruleid: java-imported-call
    Cipher d = javax.crypto.Cipher.getInstance("AES");
    // ok: java-imported-call
    Other.getInstance("AES");
    // ruleid: java-imported-type
    ArrayList<String> names = new ArrayList<String>();
    // ok: java-imported-type
    LinkedList<String> other = new LinkedList<String>();
    // ruleid: java-star-imported-call
    util.Shell.run("ls");
    // ok: java-star-imported-call
    Shell.run("ls");
    // ruleid: java-static-imported-call
    delete("f");
    // ok: java-static-imported-call
    remove("f");
  }
}
