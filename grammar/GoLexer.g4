// GoLexer: the tokens of Go 1.19 (https://go.dev/ref/spec#Lexical_elements).
//
// Automatic semicolon insertion, keyword recognition and the checking of
// literals are not done here but in interp/lexer.cpp, which wraps this lexer:
// a grammar action cannot see the previous token cheaply, and the rule
// ("after a line's final token if that token is an identifier, a literal,
// one of the keywords break continue fallthrough return, or one of ++ -- ) ]
// }") is three lines of C++. To let it work, this lexer emits NEWLINE tokens
// and block comments instead of skipping them.
//
// Literals are lexed loosely (any digits and underscores, any backslash
// escape) so that a malformed literal gets gc's message ("invalid digit '8'
// in octal literal", "unknown escape") instead of a token recognition error.
// For the same reason the last rule turns any other character into an
// ERROR_CHAR token.

lexer grammar GoLexer;

// Keywords. The lexer matches them as IDENTIFIERs and the token source
// gives them their keyword type (interp/lexer.cpp): 25 keyword rules make
// the lexer's ATN, and so its warm-up at every start, several times larger.
tokens {
    BREAK, CASE, CHAN, CONST, CONTINUE, DEFAULT, DEFER, ELSE, FALLTHROUGH, FOR, FUNC, GO, GOTO, IF, IMPORT, INTERFACE, MAP, PACKAGE, RANGE, RETURN, SELECT, STRUCT, SWITCH, TYPE, VAR
}

IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Punctuation
L_PAREN   : '(';
R_PAREN   : ')';
L_CURLY   : '{';
R_CURLY   : '}';
L_BRACKET : '[';
R_BRACKET : ']';
ASSIGN    : '=';
COMMA     : ',';
SEMI      : ';';
COLON     : ':';
DOT       : '.';
ELLIPSIS  : '...';
DECLARE   : ':=';
PLUS_PLUS   : '++';
MINUS_MINUS : '--';
TILDE     : '~';

// Binary operators
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_EQ     : '<=';
GREATER     : '>';
GREATER_EQ  : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
AND_NOT     : '&^';

// Operators that are also unary
EXCLAMATION : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';

// op= forms; the operator is the text minus the '='.
ASSIGN_OP
    : '+=' | '-=' | '|=' | '^=' | '*=' | '/=' | '%=' | '<<=' | '>>=' | '&=' | '&^='
    ;

// Number literals. An IMAGINARY_LIT is any of the others followed by 'i'.
// Loose on purpose, to take in what gc's scanner takes in (a radix point in
// a binary literal, a 'p' exponent after decimal digits) so that the
// semicolon inserter can report it as gc does.
INT_LIT
    : '0' [xX] [0-9a-fA-F_]*
    | '0' [bBoO] [0-9_]*
    | [0-9] [0-9_]*
    ;

FLOAT_LIT
    : [0-9] [0-9_]* '.' [0-9_]* EXPONENT?
    | [0-9] [0-9_]* EXPONENT
    | '.' [0-9] [0-9_]* EXPONENT?
    | '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? HEX_EXPONENT
    | '0' [xX] [0-9a-fA-F_]* '.' [0-9a-fA-F_]*
    | '0' [bBoO] [0-9_]* '.' [0-9_]* EXPONENT?
    | '0' [bBoO] [0-9_]* EXPONENT
    ;

IMAGINARY_LIT : (INT_LIT | FLOAT_LIT) 'i';

RUNE_LIT : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'';

RAW_STRING_LIT : '`' ~'`'* '`';

INTERPRETED_STRING_LIT : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';

// A string or rune literal that reaches the end of the line or file: the
// longest-match rule picks the terminated forms above whenever they apply.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?;
UNTERMINATED_RAW    : '`' ~'`'*;
UNTERMINATED_RUNE   : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\\'?;

WS           : [ \t\r\f]+ -> skip;
NEWLINE      : '\n';
LINE_COMMENT : '//' ~[\n]* -> skip;
// Handed to the semicolon inserter, which treats one that spans lines as a
// newline and drops the rest.
BLOCK_COMMENT : '/*' .*? '*/';
// No */ inside, or BLOCK_COMMENT would lose the longest-match contest.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;

ERROR_CHAR : .;

// 'p' after decimal digits is an error, but one for checkNumber to report;
// 'e' after hexadecimal digits is a digit.
fragment EXPONENT     : [eEpP] [+-]? [0-9_]*;
fragment HEX_EXPONENT : [pP] [+-]? [0-9_]*;
// Any non-ASCII character may continue an identifier here; the token source
// checks that it is a Unicode letter or digit, with gc's message if not.
// (ANTLR's Unicode property sets cost milliseconds at every start-up.)
fragment LETTER        : [a-zA-Z_\u0080-\u{10FFFF}];
fragment UNICODE_DIGIT : [0-9];
