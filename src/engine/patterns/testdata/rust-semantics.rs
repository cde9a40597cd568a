// ruleid: test-module
mod tests {
    use super::*;
}

// ok: test-module
mod helpers {
    fn h() {}
}

fn main() {
    // ruleid: unwrap-call
    let v = parse(x).unwrap();
    // ok: unwrap-call
    let w = parse(x).expect("x");
    // ruleid: connect-string
    connect("127.0.0.1:80");
    // ok: connect-string
    connect(addr);
}
