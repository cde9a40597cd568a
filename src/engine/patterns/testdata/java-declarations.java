// ruleid: java-any-class-with-field
public class Shell extends Base implements Tool {
  private static final int LIMIT = 1;
  Runtime runtime;

  // ruleid: java-mapped-handler
  @GetMapping(name = "list", path = "/items", produces = "json")
  @ResponseBody
  public static List<String> list(int page) throws IOException {
    return null;
  }

  // ok: java-mapped-handler
  @PostMapping(path = "/items")
  public void add() {}

  // ok: java-mapped-handler
  @GetMapping(path = "/items")
  private void hidden() {}

  // ruleid: java-varargs-method
  static void sum(double... values) {}

  // ok: java-varargs-method
  static void sum(double[] values) {}

  // ruleid: java-ellipsis-params
  public int run(String a, int b) {
    return b;
  }

  // ok: java-ellipsis-params
  public int walk(String a) {
    return 0;
  }
}

// ok: java-any-class-with-field
class Quiet {
  String name;
}

// ruleid: java-annotated-class
@Entity
@Table(name = "t")
public final class Row<T> extends Base {}

// ok: java-annotated-class
@Embeddable
class Part {}

// ruleid: java-annotated-enum
@Exported
enum Empty {
}

// ruleid: java-annotated-enum
@Exported
enum Colors { RED, GREEN }

// ok: java-annotated-enum
enum Plain { ONE }
