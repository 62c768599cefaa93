// Every rune through package unicode: counts and checksums of the classes,
// case mappings and SimpleFold, and Is over the range tables.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"Letter", unicode.IsLetter}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber},
		{"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Title", unicode.IsTitle},
		{"Space", unicode.IsSpace}, {"Punct", unicode.IsPunct}, {"Symbol", unicode.IsSymbol},
		{"Mark", unicode.IsMark}, {"Control", unicode.IsControl}, {"Graphic", unicode.IsGraphic},
		{"Print", unicode.IsPrint},
	}
	for _, p := range preds {
		n, sum := 0, 0
		for r := rune(-2); r <= unicode.MaxRune+2; r += 3 {
			if p.f(r) {
				n++
				sum = (sum*31 + int(r)) % 1000000007
			}
		}
		fmt.Println(p.name, n, sum)
	}
	up, lo, ti, fo := 0, 0, 0, 0
	for r := rune(-2); r <= unicode.MaxRune+2; r += 2 {
		up = (up*7 + int(unicode.ToUpper(r)-r)) % 1000000007
		lo = (lo*7 + int(unicode.ToLower(r)-r)) % 1000000007
		ti = (ti*7 + int(unicode.ToTitle(r)-r)) % 1000000007
		fo = (fo*7 + int(unicode.SimpleFold(r)-r)) % 1000000007
	}
	fmt.Println(up, lo, ti, fo)
	var names []string
	for name := range unicode.Categories {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		names = names[:0]
		for name := range m {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			t := m[name]
			n := 0
			for r := rune(-1); r <= unicode.MaxRune+1; r += 11 {
				if unicode.Is(t, r) {
					n++
				}
			}
			fmt.Print(" ", name, ":", n, "/", len(t.R16), "/", len(t.R32), "/", t.LatinOffset)
		}
		fmt.Println()
	}
	special := unicode.SpecialCase(unicode.CaseRanges)
	diff := 0
	for r := rune(-1); r <= unicode.MaxRune+1; r += 13 {
		if special.ToUpper(r) != unicode.ToUpper(r) || special.ToLower(r) != unicode.ToLower(r) || special.ToTitle(r) != unicode.ToTitle(r) ||
			unicode.To(unicode.UpperCase, r) != unicode.ToUpper(r) {
			diff++
		}
	}
	fmt.Println("diff", diff)
}

// Output:
// Letter 43743 348562370
// Digit 217 683540267
// Number 595 399188993
// Upper 593 170134237
// Lower 716 567403683
// Title 10 392614593
// Space 10 391229217
// Punct 256 786929123
// Symbol 2528 113037922
// Mark 759 556729611
// Control 22 213187899
// Graphic 47887 800829899
// Print 47881 886671269
// -646002782 672121365 -400734373 230176720
//  C:12702/14/8/2 Cc:5/2/0/2 Cf:15/11/6/0 Co:12495/1/2/0 Cs:187/1/0/0 L:11938/359/227/6 Ll:199/122/34/4 Lm:24/40/6/0 Lo:11551/279/184/1 Lt:3/7/0/0 Lu:161/108/36/3 M:209/180/101/0 Mc:32/96/57/0 Me:1/5/0/0 Mn:176/182/110/0 N:161/66/65/4 Nd:56/37/24/1 Nl:20/7/4/0 No:85/28/42/3 P:67/114/47/11 Pc:1/5/0/0 Pd:3/11/1/0 Pe:7/22/0/1 Pf:0/5/0/0 Pi:3/6/0/0 Po:49/112/46/8 Ps:4/25/0/1 S:692/126/72/10 Sc:8/13/2/2 Sk:12/24/1/3 Sm:84/43/6/5 So:588/97/67/2 Z:2/6/0/1 Zl:0/1/0/0 Zp:0/1/0/0 Zs:2/5/0/1
//  Adlam:9/0/3/0 Ahom:5/0/3/0 Anatolian_Hieroglyphs:53/0/1/0 Arabic:118/21/26/0 Armenian:9/4/0/0 Avestan:5/0/2/0 Balinese:11/2/0/0 Bamum:59/1/1/0 Bassa_Vah:4/0/2/0 Batak:5/2/0/0 Bengali:9/14/0/0 Bhaiksuki:9/0/4/0 Bopomofo:8/3/0/0 Brahmi:10/0/3/0 Braille:24/1/0/0 Buginese:3/2/0/0 Buhid:1/1/0/0 Canadian_Aboriginal:64/2/0/0 Carian:5/0/1/0 Caucasian_Albanian:5/0/2/0 Chakma:7/0/2/0 Cham:8/4/0/0 Cherokee:17/3/0/0 Chorasmian:3/0/1/0 Common:735/82/82/6 Coptic:13/3/0/0 Cuneiform:113/0/4/0 Cypriot:4/0/5/0 Cyrillic:39/7/0/0 Deseret:8/0/1/0 Devanagari:14/4/0/0 Dives_Akuru:7/0/8/0 Dogra:5/0/1/0 Duployan:12/0/5/0 Egyptian_Hieroglyphs:99/0/2/0 Elbasan:3/0/1/0 Elymaic:2/0/1/0 Ethiopic:47/32/0/0 Georgian:16/8/0/0 Glagolitic:12/2/5/0 Gothic:2/0/1/0 Grantha:9/0/14/0 Greek:45/29/3/0 Gujarati:9/14/0/0 Gunjala_Gondi:6/0/6/0 Gurmukhi:7/16/0/0 Han:8565/10/8/0 Hangul:1067/14/0/0 Hanifi_Rohingya:5/0/2/0 Hanunoo:2/1/0/0 Hatran:3/0/3/0 Hebrew:11/9/0/0 Hiragana:33/2/3/0 Imperial_Aramaic:3/0/2/0 Inherited:52/19/7/0 Inscriptional_Pahlavi:3/0/2/0 Inscriptional_Parthian:3/0/2/0 Javanese:7/3/0/0 Kaithi:6/0/2/0 Kannada:10/13/0/0 Katakana:26/7/2/0 Kayah_Li:4/2/0/0 Kharoshthi:6/0/8/0 Khitan_Small_Script:43/0/2/0 Khmer:14/4/0/0 Khojki:6/0/2/0 Khudawadi:7/0/2/0 Lao:6/11/0/0 Latin:130/29/0/5 Lepcha:6/3/0/0 Limbu:6/5/0/0 Linear_A:31/0/3/0 Linear_B:18/0/7/0 Lisu:5/1/1/0 Lycian:2/0/1/0 Lydian:2/0/2/0 Mahajani:4/0/1/0 Makasar:2/0/1/0 Malayalam:11/7/0/0 Mandaic:2/2/0/0 Manichaean:5/0/2/0 Marchen:7/0/3/0 Masaram_Gondi:6/0/7/0 Medefaidrin:8/0/1/0 Meetei_Mayek:7/3/0/0 Mende_Kikakui:19/0/2/0 Meroitic_Cursive:9/0/3/0 Meroitic_Hieroglyphs:3/0/1/0 Miao:12/0/3/0 Modi:8/0/2/0 Mongolian:14/6/1/0 Mro:4/0/3/0 Multani:4/0/5/0 Myanmar:20/3/0/0 Nabataean:4/0/2/0 Nandinagari:5/0/3/0 New_Tai_Lue:8/4/0/0 Newa:9/0/2/0 Nko:6/2/0/0 Nushu:36/0/2/0 Nyiakeng_Puachue_Hmong:5/0/4/0 Ogham:3/1/0/0 Ol_Chiki:5/1/0/0 Old_Hungarian:11/0/3/0 Old_Italic:4/0/2/0 Old_North_Arabian:3/0/1/0 Old_Permic:4/0/1/0 Old_Persian:5/0/2/0 Old_Sogdian:4/0/1/0 Old_South_Arabian:3/0/1/0 Old_Turkic:6/0/1/0 Oriya:10/14/0/0 Osage:7/0/2/0 Osmanya:4/0/2/0 Pahawh_Hmong:10/0/5/0 Palmyrene:3/0/1/0 Pau_Cin_Hau:5/0/1/0 Phags_Pa:5/1/0/0 Phoenician:2/0/2/0 Psalter_Pahlavi:3/0/3/0 Rejang:3/2/0/0 Runic:8/2/0/0 Samaritan:5/2/0/0 Saurashtra:7/2/0/0 Sharada:8/0/1/0 Shavian:4/0/1/0 Siddham:8/0/2/0 SignWriting:62/0/3/0 Sinhala:9/12/1/0 Sogdian:4/0/1/0 Sora_Sompeng:2/0/2/0 Soyombo:7/0/1/0 Sundanese:5/2/0/0 Syloti_Nagri:4/1/0/0 Syriac:9/4/0/0 Tagalog:2/2/0/0 Tagbanwa:1/3/0/0 Tai_Le:2/2/0/0 Tai_Tham:11/5/0/0 Tai_Viet:6/2/0/0 Takri:6/0/2/0 Tamil:13/15/2/0 Tangut:629/0/4/0 Telugu:7/12/0/0 Thaana:5/1/0/0 Thai:9/2/0/0 Tibetan:19/7/0/0 Tifinagh:5/3/0/0 Tirhuta:8/0/2/0 Ugaritic:3/0/2/0 Vai:27/1/0/0 Wancho:6/0/2/0 Warang_Citi:8/0/2/0 Yezidi:4/0/3/0 Yi:111/2/0/0 Zanabazar_Square:7/0/1/0
//  ASCII_Hex_Digit:3/3/0/3 Bidi_Control:1/4/0/0 Dash:5/13/1/0 Deprecated:2/5/1/0 Diacritic:90/107/39/3 Extender:2/15/7/0 Hex_Digit:5/6/0/3 Hyphen:2/6/0/1 IDS_Binary_Operator:0/2/0/0 IDS_Trinary_Operator:1/1/0/0 Ideographic:9242/7/12/0 Join_Control:1/1/0/0 Logical_Order_Exception:2/6/0/0 Noncharacter_Code_Point:6/2/16/0 Other_Alphabetic:124/146/75/0 Other_Default_Ignorable_Code_Point:343/5/4/0 Other_Grapheme_Extend:14/10/6/0 Other_ID_Continue:1/3/0/0 Other_ID_Start:0/3/0/0 Other_Lowercase:19/17/0/1 Other_Math:119/63/55/0 Other_Uppercase:13/2/3/0 Pattern_Syntax:248/24/0/10 Pattern_White_Space:2/4/0/2 Prepended_Concatenation_Mark:1/3/1/0 Quotation_Mark:3/10/0/2 Radical:30/3/0/0 Regional_Indicator:2/0/1/0 STerm:10/36/25/1 Sentence_Terminal:10/36/25/1 Soft_Dotted:4/10/13/1 Terminal_Punctuation:18/53/35/3 Unified_Ideograph:8443/8/6/0 Variation_Selector:23/2/1/0 White_Space:3/7/0/2
//  L:0/1/0/0 Ll:123/107/6/3 Lt:1/9/0/0 Lu:126/108/6/4 M:0/2/0/0 Mn:0/2/0/0
//  Common:1/1/0/0 Greek:0/1/0/0 Inherited:0/2/0/0
// diff 0
