//! Character classes and case mappings with Go's exact answers, looked up
//! in tables generated from the real Go toolchain ([`tables`], made by
//! `gen/unicode_tables.go`).

#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
pub mod tables {
    include!("unicode_tables.rs");
}

/// Whether `r` lies in one of the sorted inclusive `ranges`.
pub fn in_ranges(ranges: &[(u32, u32)], r: i64) -> bool {
    if !(0..=0x10FFFF).contains(&r) {
        return false;
    }
    let r = r as u32;
    match ranges.binary_search_by(|&(lo, _)| lo.cmp(&r)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => r <= ranges[i - 1].1,
    }
}

/// `r` mapped through sorted `(rune, image)` pairs (itself when absent).
pub fn map_pairs(pairs: &[(u32, u32)], r: i64) -> i64 {
    if !(0..=0x10FFFF).contains(&r) {
        return r;
    }
    match pairs.binary_search_by(|&(k, _)| k.cmp(&(r as u32))) {
        Ok(i) => pairs[i].1 as i64,
        Err(_) => r,
    }
}

/// strconv.IsPrint.
pub fn is_print(r: i64) -> bool {
    in_ranges(tables::PRINT, r)
}

/// strconv.IsGraphic.
pub fn is_graphic(r: i64) -> bool {
    in_ranges(tables::GRAPHIC, r)
}

/// unicode.ToUpper.
pub fn to_upper(r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return (r as u8).to_ascii_uppercase() as i64;
    }
    map_pairs(tables::TO_UPPER, r)
}

/// unicode.ToLower.
pub fn to_lower(r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return (r as u8).to_ascii_lowercase() as i64;
    }
    map_pairs(tables::TO_LOWER, r)
}

/// unicode.IsSpace.
pub fn is_space(r: i64) -> bool {
    match r {
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 => true,
        _ if r < 0x100 => false,
        _ => in_ranges(tables::SPACE, r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_answer_like_go() {
        assert!(is_print(' ' as i64) && !is_print('\t' as i64) && !is_print(0xAD));
        assert!(is_print('é' as i64) && !is_print(0xFEFF));
        assert_eq!(to_upper('ß' as i64), 'ß' as i64);
        assert_eq!(to_upper('é' as i64), 'É' as i64);
        assert_eq!(to_lower('Σ' as i64), 'σ' as i64);
        assert!(is_space(0x2028) && !is_space(0x200B));
        assert!(in_ranges(tables::LETTER, 'ж' as i64));
        assert!(!in_ranges(tables::LETTER, '1' as i64));
    }
}
