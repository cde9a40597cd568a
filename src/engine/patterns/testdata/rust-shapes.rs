use std::fs::File as F;
use std::fs::{self, File};

// ruleid: any-fn
fn plain(x: u8) {
}

// ruleid: any-fn
pub fn returning(x: u8) -> u32 {
    1
}

// ok: any-fn
fn two(x: u8, y: u8) {
}

fn calls() {
    // ruleid: any-call
    println!("hello {}", name);
    // ruleid: any-call
    write("x");
    // ok: any-call
    vec![0; 8];
    // ruleid: plain-log-call
    log(1);
    // ok: plain-log-call
    log!(1);
    // ruleid: imported-open, any-call
    let f = F::open("a");
    // ruleid: imported-open, any-call
    let g = File::open("b");
    // ruleid: any-call
    // ok: imported-open
    let h = other::File::open("c");
    // ruleid: tls-config
    let c = tls::client::DangerousConfig { verify: false };
}

fn typed(s: Secret, p: Public) {
    // ruleid: secret-param
    sink(s);
    // ok: secret-param
    sink(p);
    let t: Secret = load();
    // ruleid: secret-param
    sink(t);
}

fn explicit(u: u16) -> String {
    // ruleid: returns-password
    return password(u);
}

fn tail(u: u16) -> String {
    // ok: returns-password
    password(0);
    // ruleid: returns-password
    password(u)
}

fn branches(u: u16) -> String {
    if u > 1 {
        // ok: returns-password
        password(1);
        // ruleid: returns-password
        password(2)
    } else {
        match u {
            // ruleid: returns-password
            0 => password(3),
            _ => other(),
        }
    }
}

fn closure() {
    // ruleid: returns-password
    let f = |u| password(u);
    // ok: returns-password
    let v = password(4);
    f(v);
}

// ruleid: ignored-test, any-attribute-call
#[test]
#[ignore]
#[should_panic]
fn slow() {}

// ruleid: any-attribute-call
// ok: ignored-test
#[test]
fn quick() {}

// ruleid: any-attribute-call
#[cfg(feature = "x")]
fn gated() {}

// ok: any-attribute-call
fn bare() {}
