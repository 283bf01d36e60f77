//! Edit distances between a term and (a stretch of) a word.

/// Whether the two edits between `t` and `w` are close together and one is a
/// substitution, or both are in the first three letters: that is another word
/// (`inklemming`, `welordening`, `polarisator`, `eenkamer`), where a typo slips
/// at two separate places or drops a run of letters (`vrijwillers`).
///
/// This needs where the edits are, not only how many, so it walks one cheapest
/// alignment back through its own distance matrix: `strsim` gives the distance alone.
pub(super) fn clustered_edits(t: &[char], w: &[char]) -> bool {
    let (n, m) = (t.len(), w.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(t[i - 1] != w[j - 1]);
            let mut v = (d[i - 1][j - 1] + cost)
                .min(d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1);
            if i > 1 && j > 1 && t[i - 1] == w[j - 2] && t[i - 2] == w[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    // Walk one cheapest alignment back, preferring matches, and note the edits.
    let (mut i, mut j) = (n, m);
    let mut edits: Vec<(usize, bool)> = Vec::new(); // (position in t, is a substitution)
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && t[i - 1] == w[j - 1] && d[i][j] == d[i - 1][j - 1] {
            i -= 1;
            j -= 1;
        } else if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1 {
            edits.push((i - 1, true));
            i -= 1;
            j -= 1;
        } else if i > 1
            && j > 1
            && t[i - 1] == w[j - 2]
            && t[i - 2] == w[j - 1]
            && d[i][j] == d[i - 2][j - 2] + 1
        {
            edits.push((i - 2, false));
            i -= 2;
            j -= 2;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            edits.push((i - 1, false));
            i -= 1;
        } else {
            edits.push((i, false));
            j = j.saturating_sub(1);
        }
    }
    match edits.as_slice() {
        [(a, sub_a), (b, sub_b)] => {
            ((*sub_a || *sub_b) && a.abs_diff(*b) <= 2) || (*a < 3 && *b < 3)
        }
        _ => false,
    }
}

/// Typos rarely change both of a word's first two letters; this skips most targets cheaply.
pub(super) fn plausible_start(t: &[char], w: &[char]) -> bool {
    let (t0, t1) = (t[0], t.get(1).copied());
    let (w0, w1) = (w[0], w.get(1).copied());
    t0 == w0 || t1 == w1 || Some(t0) == w1 || t1 == Some(w0)
}

/// Optimal-string-alignment distance between `t` and each prefix of `w`, within `k`.
///
/// Fills `out[j]` with the distance of `t` to `w[..j]` (or `k + 1` when above
/// `k`); returns whether any prefix comes within `k`. Only the prefixes within `k`
/// letters of `t`'s length can. One OSA table of `t` against the longest such prefix
/// holds them all in its last row (cell `[i][j]` is the distance of `t[..i]` to
/// `w[..j]`, the recurrence of `strsim::osa_distance`, which a test compares against):
/// asking `strsim` about each prefix in turn filled that table once per prefix, 4 % of a
/// whole run.
pub(super) fn prefix_distances(t: &[char], w: &[char], k: usize, out: &mut Vec<usize>) -> bool {
    let big = k + 1;
    let cols = (t.len() + k).min(w.len()) + 1;
    let n = t.len();
    // Three rows of the table suffice: the transposition looks two rows back.
    let mut two_up = vec![0usize; cols];
    let mut up: Vec<usize> = (0..cols).collect();
    let mut row = vec![0usize; cols];
    for i in 1..=n {
        row[0] = i;
        for j in 1..cols {
            let cost = usize::from(t[i - 1] != w[j - 1]);
            let mut v = (up[j - 1] + cost).min(up[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && t[i - 1] == w[j - 2] && t[i - 2] == w[j - 1] {
                v = v.min(two_up[j - 2] + 1);
            }
            row[j] = v;
        }
        std::mem::swap(&mut two_up, &mut up);
        std::mem::swap(&mut up, &mut row);
    }
    // After the last row, `up` holds row n.
    out.clear();
    let mut any = false;
    for (j, &d) in up.iter().enumerate() {
        let d = if j + k < n { big } else { d.min(big) };
        any |= d <= k;
        out.push(d);
    }
    any
}
