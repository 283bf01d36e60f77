//! Word lists privacy shares with the rest of the code: honorifics, roles, name particles,
//! prepositions and words of absence.
//!
//! These are privacy's own copies, kept together so that they can be replaced by the lexicon
//! (`nl::lexicon`, `nl/data/{honorifics,roles,particles,...}.txt`) in one place. Replacing them
//! may change findings where the copies disagree (`Ds.` and `Statenlid` are honorifics here).

/// Taken into the span before a reason: `afwezig wegens ziekte`.
pub(super) const ABSENT: &str = "afwezig verhinderd absent uitgevallen afgemeld";

/// Honorifics and titles that introduce a name (`dhr. Kok`, `wethouder Raven`).
pub(super) const HONORIFICS: &str =
    "dhr mevr mw mevrouw heer mr drs dr ir ing prof ds burgemeester wethouder \
    gedeputeerde raadslid statenlid kamerlid";

/// Roles that, with `de`, name the person holding them (`de voorzitter is ziek`).
pub(super) const ROLES: &str =
    "voorzitter secretaris griffier notulist penningmeester directeur burgemeester \
    wethouder districtchef teamchef korpschef commandant projectleider portefeuillehouder \
    gemeentesecretaris vicevoorzitter plaatsvervanger ambtssecretaris loco-burgemeester \
    bestuursvoorzitter";

/// Name particles, lower case after initials (`A. van der Kolk`).
pub(super) const PARTICLES: &str =
    "van der de den ter ten te t 't aan in op la le du di da von v.d vd";

/// Prepositions that make a name the object rather than the subject.
pub(super) const PREPOSITIONS: &str =
    "van door met aan voor bij namens tot over volgens na tegen naar op om \
    uit zonder sinds onder naast via vanuit";

/// Words that make a reason one person's: absence, replacement, withdrawal, recovery.
pub(super) const ABSENCE_WORDS: &str =
    "afwezig afwezigheid verhinderd afgemeld afmelding afgezegd \
    uitgevallen uitgeschakeld thuis vervangen vervanger vervanging vervangt waargenomen waarnemer \
    ontbreekt inzetbaar absent herstellende herstelt herstel revalideert terug teruggetreden \
    aftreden treedt ontslag neergelegd stopt gestopt opgenomen ziekenhuis verlof verzuimt mist \
    terugtrekt trekt teruggetrokken neerleggen legt afscheid beterende opgevangen hervat hervatte \
    teruggekeerd terugkeer keert";

/// The shared lists by the name the phrase file gives them (`@honorifics`).
pub(super) const SHARED: &[(&str, &str)] = &[
    ("absence", ABSENCE_WORDS),
    ("absent", ABSENT),
    ("honorifics", HONORIFICS),
    ("particles", PARTICLES),
    ("prepositions", PREPOSITIONS),
    ("roles", ROLES),
];
