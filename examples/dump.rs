//! Prints the parsed model of a file (a debugging aid for grammar work).
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = notulint::structure::parse(&text);
    println!("title: {:?}", doc.title.as_ref().map(|s| &text[s.range()]));
    for f in &doc.fields {
        println!("field {:?}: {:?}", f.kind, &text[f.value.range()]);
    }
    for l in &doc.lists {
        println!(
            "list {:?}: {} entries, {} empty",
            l.kind,
            l.entries.len(),
            l.empties.len()
        );
        for e in &l.entries {
            println!(
                "   {:?} -> {:?} {:?} {:?}",
                &text[e.span.range()],
                e.name,
                e.annotations,
                e.role
            );
        }
    }
    for i in &doc.items {
        println!(
            "item {} {:?} [{:?}] ({} paras) section={:?}",
            i.label,
            i.title,
            i.form,
            i.paragraphs.len(),
            i.section
        );
        for s in &i.subitems {
            println!(
                "   sub {} {:?} ({} paras)",
                s.label,
                s.title,
                s.paragraphs.len()
            );
        }
    }
    println!(
        "loose: {}, unrecognized: {}",
        doc.loose.len(),
        doc.unrecognized.len()
    );
}
