// prog_word_freq.go: a word-frequency counter over a text, normalizing case and punctuation, printing the top words.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

func countWords(s string) map[string]int {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []wordCount {
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	counts := countWords(text)
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Printf("%d words, %d distinct\n", total, len(counts))
	for i, wc := range topN(counts, 8) {
		bar := strings.Repeat("*", wc.count)
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.word, wc.count, bar)
	}

	// Words that appear exactly once, alphabetically.
	var once []string
	for w, c := range counts {
		if c == 1 {
			once = append(once, w)
		}
	}
	sort.Strings(once)
	fmt.Println("hapax:", strings.Join(once, ", "))

	// Longest word.
	longest := ""
	for w := range counts {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
}

// Output:
// 60 words, 20 distinct
//  1. it        10 **********
//  2. of        10 **********
//  3. the       10 **********
//  4. was       10 **********
//  5. age        2 **
//  6. epoch      2 **
//  7. season     2 **
//  8. times      2 **
// hapax: belief, best, darkness, despair, foolishness, hope, incredulity, light, spring, winter, wisdom, worst
// longest: foolishness
