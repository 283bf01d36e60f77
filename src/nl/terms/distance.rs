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

/// The rows [`prefix_distances`] works in and the distances it finds, kept from call to call.
#[derive(Default)]
pub(super) struct Distances {
    /// `out[j]`: the distance of `t` to `w[..j]`, or `k + 1` when above `k`.
    pub out: Vec<usize>,
    two_up: Vec<usize>,
    up: Vec<usize>,
    row: Vec<usize>,
}

/// Optimal-string-alignment distance between `t` and each prefix of `w`, within `k`.
///
/// Fills `d.out[j]` with the distance of `t` to `w[..j]` (or `k + 1` when above `k`); returns
/// whether any prefix comes within `k`. Only the prefixes within `k` letters of `t`'s length
/// can. One OSA table of `t` against the longest such prefix holds them all in its last row
/// (cell `[i][j]` is the distance of `t[..i]` to `w[..j]`, the recurrence of
/// `strsim::osa_distance`, which tests compare against): asking `strsim` about each prefix in
/// turn filled that table once per prefix, 4 % of a whole run.
///
/// Only the band of cells within `k` of the diagonal is filled (a cell further off is more
/// than `k` edits, and counts as `k + 1`): a cell within `k` is reached only through cells
/// within `k`, so those come out exact. The rows are reused from call to call.
pub(super) fn prefix_distances(t: &[char], w: &[char], k: usize, d: &mut Distances) -> bool {
    let big = k + 1;
    let cols = (t.len() + k).min(w.len()) + 1;
    let n = t.len();
    // Three rows of the table suffice: the transposition looks two rows back.
    for r in [&mut d.two_up, &mut d.up, &mut d.row] {
        r.clear();
        r.resize(cols, big);
    }
    for (j, cell) in d.up.iter_mut().enumerate() {
        *cell = j.min(big);
    }
    for i in 1..=n {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(cols - 1);
        // The first column is `i` deletions.
        d.row[0] = i.min(big);
        if lo > hi {
            // `t[..i]` is more than `k` letters longer than every prefix of `w`.
            d.row[1..].iter_mut().for_each(|v| *v = big);
            std::mem::swap(&mut d.two_up, &mut d.up);
            std::mem::swap(&mut d.up, &mut d.row);
            continue;
        }
        // The cell left of the band is more than `k` edits.
        d.row[lo - 1] = if lo == 1 { i.min(big) } else { big };
        for j in lo..=hi {
            let cost = usize::from(t[i - 1] != w[j - 1]);
            let mut v = (d.up[j - 1] + cost).min(d.up[j] + 1).min(d.row[j - 1] + 1);
            if i > 1 && j > 1 && t[i - 1] == w[j - 2] && t[i - 2] == w[j - 1] {
                v = v.min(d.two_up[j - 2] + 1);
            }
            d.row[j] = v.min(big);
        }
        // The cell right of the band, which the next row reads.
        if hi + 1 < cols {
            d.row[hi + 1] = big;
        }
        std::mem::swap(&mut d.two_up, &mut d.up);
        std::mem::swap(&mut d.up, &mut d.row);
    }
    // After the last row, `up` holds row n.
    d.out.clear();
    let mut any = false;
    for (j, &v) in d.up.iter().enumerate() {
        let v = if j + k < n { big } else { v.min(big) };
        any |= v <= k;
        d.out.push(v);
    }
    any
}
