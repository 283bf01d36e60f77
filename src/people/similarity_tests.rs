//! Tests of the did-you-mean shortcut: it never hides a name the exact measure would suggest.

use super::{similarity, too_far};
use proptest::prelude::*;

/// The exact measure, without the shortcut.
fn exact(k: &str, target: &str) -> f64 {
    let (lk, lt) = (k.chars().count(), target.chars().count());
    let jw = super::jw(k, target);
    if 1.0 - lk.abs_diff(lt) as f64 / (lk.max(lt).max(1) as f64) < 0.75 {
        jw
    } else {
        strsim::normalized_damerau_levenshtein(k, target).max(jw)
    }
}

#[test]
fn the_shortcut_skips_strangers_and_keeps_near_misses() {
    assert!(too_far("jansen", "bakker", 6, 6));
    assert!(!too_far("jansen", "janssen", 6, 7));
    assert!(!too_far("klaas", "klas", 5, 4));
    assert!(!too_far("anne", "anne", 4, 4));
    assert_eq!(similarity("jansen", "bakker", 6), 0.0);
}

proptest! {
    // Names from a small alphabet, so that near misses and shared letters are common.
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn the_shortcut_never_hides_a_close_name(
        (a, b) in prop_oneof![
            ("[a-f ]{0,12}", "[a-f ]{0,12}"),
            ("[a-z]{1,10}", "[a-z]{1,10}"),
        ]
    ) {
        let (la, lb) = (a.chars().count(), b.chars().count());
        if too_far(&a, &b, la, lb) {
            prop_assert!(exact(&a, &b) < 0.75, "{a:?} {b:?} {}", exact(&a, &b));
        }
        let s = similarity(&a, &b, lb);
        prop_assert_eq!(s >= 0.75, exact(&a, &b) >= 0.75);
    }
}
