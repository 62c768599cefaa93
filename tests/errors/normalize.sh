#!/usr/bin/env bash
# Normalization shared by gen.sh (expectations from Go) and run.sh (goterp),
# so that both sides go through exactly the same transformation.
#
# Sourced:   . normalize.sh; normalize_stderr < raw > norm
#            format_result STATUS STDOUT_FILE STDERR_FILE   (prints .want text)
# Or run:    normalize.sh < raw > norm
#
# What normalize_stderr does (see README.md):
#  * drops `# command-line-arguments` and a trailing `exit status N` line;
#  * `./NAME.go:` and `/abs/path/NAME.go:` become `NAME.go:`;
#  * stack overflow: keeps the lines up to `fatal error: stack overflow`
#    (without `runtime: sp=...`), then the `goroutine N [...]:` line and the
#    first frame only;
#  * tracebacks (after a `goroutine N [...]:` line): frames of the Go
#    runtime (function `runtime.*` or `panic(...)`, or file under GOROOT)
#    are dropped; a function line's argument list becomes `(...)`; a file
#    line `\t/abs/path/f.go:12 +0x1d fp=... sp=... pc=...` becomes `\tf.go:12`;
#  * in `[signal SIGSEGV: ... addr=0x8 pc=0x45a1b2]` addr and pc become 0xADDR
#    (where the fault lands depends on gc's nil checks and field offsets);
#  * any other hex number of 5 or more digits (an address) becomes 0xADDR.

normalize_stderr() {
  perl -e '
    my @l = <STDIN>;
    chomp @l;
    # Stack overflow: the traceback is enormous; keep the head and one frame.
    my ($fe) = grep { $l[$_] eq "fatal error: stack overflow" } 0..$#l;
    if (defined $fe) {
      my @out = grep { !/^runtime: sp=/ } @l[0..$fe];
      for my $i ($fe+1..$#l) {
        if ($l[$i] =~ /^goroutine \d+ \[/) {
          push @out, "", $l[$i];
          push @out, $l[$i+1] if $i+1 <= $#l;
          push @out, $l[$i+2] if $i+2 <= $#l && $l[$i+2] =~ /^\t/;
          last;
        }
      }
      @l = @out;
    }
    @l = grep { $_ ne "# command-line-arguments" } @l;
    pop @l if @l && $l[-1] =~ /^exit status \d+$/;
    my $tb = 0;
    my @out;
    for (my $i = 0; $i <= $#l; $i++) {
      my $s = $l[$i];
      if ($s =~ /^goroutine \d+ \[/) { $tb = 1; push @out, $s; next; }
      if ($tb && $s !~ /^\t/ && $i < $#l && $l[$i+1] =~ /^\t(\S+):\d+/) {
        my $file = $1;
        my $fn = $s;
        if ($fn =~ /^(runtime\.|panic\()/ || $file =~ m{/src/runtime/}
            || (length($ENV{NORMALIZE_GOROOT}) && index($file, "$ENV{NORMALIZE_GOROOT}/") == 0)) {
          $i++;           # drop the frame and its file line
          next;
        }
        $fn =~ s/\([^()]*\)$/(...)/;
        push @out, $fn;
        my $f = $l[++$i];
        $f =~ s{^\t(?:\S*/)?([^/\s]+):(\d+).*$}{\t$1:$2};
        push @out, $f;
        next;
      }
      if ($tb && $s =~ /^\t\S+:\d+/) {   # file line of a `created by` frame
        $s =~ s{^\t(?:\S*/)?([^/\s]+):(\d+).*$}{\t$1:$2};
        push @out, $s;
        next;
      }
      $s =~ s{(^|[\s(])(?:\./|/[^\s:]*/)([^/\s:]+\.go:)}{$1$2}g;
      if ($s =~ /^\[signal /) {    # fault address and pc depend on the compiler
        $s =~ s/\b(addr|pc)=0x[0-9a-f]+/$1=0xADDR/g;
      }
      $s =~ s/0x[0-9a-f]{5,}/0xADDR/g;
      push @out, $s;
    }
    print "$_\n" for @out;
  '
}

# format_result STATUS STDOUT_FILE STDERR_FILE: the text of a .want file.
format_result() {
  echo "exit $1"
  echo "stdout:"
  cat "$2"
  # keep the sections apart even when stdout does not end in a newline
  if [ -s "$2" ] && [ -n "$(tail -c 1 "$2")" ]; then echo; echo "(no newline at end of stdout)"; fi
  echo "stderr:"
  normalize_stderr < "$3"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  normalize_stderr
fi
