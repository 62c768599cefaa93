// Package unicode: the classes and case mappings are native
// (stdlib/unicode.cpp, over stdlib/unicode_tables.h); the range tables are
// Go's own, their data compiled into the binary, the variables set by
// initTables.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower is the delta of a CaseRange whose letters alternate between
// upper case and lower case.
const UpperLower = MaxRune + 1

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type d [MaxCase]rune

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type SpecialCase []CaseRange

func IsControl(r rune) bool

func IsDigit(r rune) bool

func IsGraphic(r rune) bool

func IsLetter(r rune) bool

func IsLower(r rune) bool

func IsMark(r rune) bool

func IsNumber(r rune) bool

func IsPrint(r rune) bool

func IsPunct(r rune) bool

func IsSpace(r rune) bool

func IsSymbol(r rune) bool

func IsTitle(r rune) bool

func IsUpper(r rune) bool

func SimpleFold(r rune) rune

func To(_case int, r rune) rune

func ToLower(r rune) rune

func ToTitle(r rune) rune

func ToUpper(r rune) rune

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool

func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// mapCase looks r up in the sorted ranges crs; found reports whether a
// range holds it.
func mapCase(_case int, r rune, crs []CaseRange) (mapped rune, found bool) {
	if _case < 0 || _case >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(crs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		cr := &crs[mid]
		switch {
		case r < rune(cr.Lo):
			hi = mid
		case r > rune(cr.Hi):
			lo = mid + 1
		default:
			delta := cr.Delta[_case]
			if delta <= MaxRune {
				return r + delta, true
			}
			// Alternating upper and lower case from Lo on: upper and
			// title case at even offsets, lower case at odd ones.
			off := r - rune(cr.Lo)
			return rune(cr.Lo) + off&^1 + rune(_case&1), true
		}
	}
	return r, false
}

func (special SpecialCase) ToUpper(r rune) rune {
	m, found := mapCase(UpperCase, r, special)
	if !found && m == r {
		return ToUpper(r)
	}
	return m
}

func (special SpecialCase) ToTitle(r rune) rune {
	m, found := mapCase(TitleCase, r, special)
	if !found && m == r {
		return ToTitle(r)
	}
	return m
}

func (special SpecialCase) ToLower(r rune) rune {
	m, found := mapCase(LowerCase, r, special)
	if !found && m == r {
		return ToLower(r)
	}
	return m
}

// BEGIN GENERATED (by tools/gen_unicode_ranges.go)
// Generated from Go go1.19.8's package unicode. The variables are set by
// initTables from the data of stdlib/unicode.cpp (declaring them without
// initialisers keeps this file short: it is parsed by every program).

var (
	ASCII_Hex_Digit, Adlam, Ahom, Anatolian_Hieroglyphs, Arabic, Armenian, Avestan, Balinese,
	Bamum, Bassa_Vah, Batak, Bengali, Bhaiksuki, Bidi_Control, Bopomofo, Brahmi,
	Braille, Buginese, Buhid, C, Canadian_Aboriginal, Carian, Caucasian_Albanian, Cc,
	Cf, Chakma, Cham, Cherokee, Chorasmian, Co, Common, Coptic,
	Cs, Cuneiform, Cypriot, Cyrillic, Dash, Deprecated, Deseret, Devanagari,
	Diacritic, Digit, Dives_Akuru, Dogra, Duployan, Egyptian_Hieroglyphs, Elbasan, Elymaic,
	Ethiopic, Extender, Georgian, Glagolitic, Gothic, Grantha, Greek, Gujarati,
	Gunjala_Gondi, Gurmukhi, Han, Hangul, Hanifi_Rohingya, Hanunoo, Hatran, Hebrew,
	Hex_Digit, Hiragana, Hyphen, IDS_Binary_Operator, IDS_Trinary_Operator, Ideographic, Imperial_Aramaic, Inherited,
	Inscriptional_Pahlavi, Inscriptional_Parthian, Javanese, Join_Control, Kaithi, Kannada, Katakana, Kayah_Li,
	Kharoshthi, Khitan_Small_Script, Khmer, Khojki, Khudawadi, L, Lao, Latin,
	Lepcha, Letter, Limbu, Linear_A, Linear_B, Lisu, Ll, Lm,
	Lo, Logical_Order_Exception, Lower, Lt, Lu, Lycian, Lydian, M,
	Mahajani, Makasar, Malayalam, Mandaic, Manichaean, Marchen, Mark, Masaram_Gondi,
	Mc, Me, Medefaidrin, Meetei_Mayek, Mende_Kikakui, Meroitic_Cursive, Meroitic_Hieroglyphs, Miao,
	Mn, Modi, Mongolian, Mro, Multani, Myanmar, N, Nabataean,
	Nandinagari, Nd, New_Tai_Lue, Newa, Nko, Nl, No, Noncharacter_Code_Point,
	Number, Nushu, Nyiakeng_Puachue_Hmong, Ogham, Ol_Chiki, Old_Hungarian, Old_Italic, Old_North_Arabian,
	Old_Permic, Old_Persian, Old_Sogdian, Old_South_Arabian, Old_Turkic, Oriya, Osage, Osmanya,
	Other, Other_Alphabetic, Other_Default_Ignorable_Code_Point, Other_Grapheme_Extend, Other_ID_Continue, Other_ID_Start, Other_Lowercase, Other_Math,
	Other_Uppercase, P, Pahawh_Hmong, Palmyrene, Pattern_Syntax, Pattern_White_Space, Pau_Cin_Hau, Pc,
	Pd, Pe, Pf, Phags_Pa, Phoenician, Pi, Po, Prepended_Concatenation_Mark,
	Ps, Psalter_Pahlavi, Punct, Quotation_Mark, Radical, Regional_Indicator, Rejang, Runic,
	S, STerm, Samaritan, Saurashtra, Sc, Sentence_Terminal, Sharada, Shavian,
	Siddham, SignWriting, Sinhala, Sk, Sm, So, Soft_Dotted, Sogdian,
	Sora_Sompeng, Soyombo, Space, Sundanese, Syloti_Nagri, Symbol, Syriac, Tagalog,
	Tagbanwa, Tai_Le, Tai_Tham, Tai_Viet, Takri, Tamil, Tangut, Telugu,
	Terminal_Punctuation, Thaana, Thai, Tibetan, Tifinagh, Tirhuta, Title, Ugaritic,
	Unified_Ideograph, Upper, Vai, Variation_Selector, Wancho, Warang_Citi, White_Space, Yezidi,
	Yi, Z, Zanabazar_Square, Zl, Zp, Zs *RangeTable

	Categories, Scripts, Properties, FoldCategory, FoldScript map[string]*RangeTable

	GraphicRanges, PrintRanges []*RangeTable

	CaseRanges []CaseRange
)

func initTables()

func init() { initTables() }

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 232, 0}},
	CaseRange{0x0069, 0x0069, d{199, 0, 199}},
	CaseRange{0x0130, 0x0130, d{0, -199, 0}},
	CaseRange{0x0131, 0x0131, d{-232, 0, -232}},
}

var (
	TurkishCase = _TurkishCase
	AzeriCase   = _TurkishCase
)

// END GENERATED
