// GoParser: the syntax of Go 1.19 without type parameters, written from the
// spec (https://go.dev/ref/spec), shaped for speed and for gc's messages.
//
// Shape. Almost every decision is LL(1) or LL(2), so that ANTLR's SLL
// prediction settles it from a cached DFA without long lookahead:
//   - A simple statement is parsed as an expression list followed by what
//     makes it an assignment, definition, send or inc/dec, as gc does; the AST
//     builder checks that the left side of := is a list of names.
//   - Binary expressions are a flat list `unary (op unary)*`; the AST builder
//     applies precedence. A left-recursive rule would cost a precedence
//     predicate at every operator.
//   - Types and expressions overlap as in gc: an operand may be a type
//     literal ([]T, map[K]V, struct{...}, func(...), chan T, interface{...}),
//     so conversions, composite literals and make/new arguments need no
//     separate rules.
//   - if/for/switch headers are `simpleStmt (';' ...)?`; the AST builder
//     decides which part is the condition, as gc's header() does.
//
// Composite literals in statement headers. In `if x == T {`, the `{` opens
// the block: gc parses headers with xnest < 0, where a `{` after a name does
// not start a composite literal (it still does after a type literal, as in
// `range []int{1, 2} {`). Here the headers of if, for and switch have their
// own copy of the expression rules (header*), without that suffix;
// parentheses, brackets, arguments and function bodies lead back to the
// ordinary rules, as they reset xnest in gc. A semantic predicate could
// share one set of rules, but ANTLR then mislocates errors that follow such
// a header, and predicated DFA states are slower.

parser grammar GoParser;

options {
    tokenVocab = GoLexer;
}

sourceFile
    : packageClause SEMI topLevelItem* EOF
    ;

// Besides declarations, the top level accepts any other token (misplaced)
// so that the AST builder can report a stray statement as gc does
// ("non-declaration statement outside function body") and parsing goes on
// with the next declaration. The builder also checks that imports come
// first.
topLevelItem
    : importDecl SEMI
    | topLevelDecl SEMI
    | misplaced=~(FUNC | VAR | CONST | TYPE | IMPORT | EOF)
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

// Groups are `(spec (SEMI spec?)*)?`, LL(1) loops; the AST builder
// rejects the empty specs this admits (`;;`), as gc does.
importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec?)*)? R_PAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? string_
    ;

topLevelDecl
    : declaration
    | funcDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec?)*)? R_PAREN)
    ;

constSpec
    : identifierList (type_? ASSIGN expressionList)?
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec?)*)? R_PAREN)
    ;

typeSpec
    : IDENTIFIER ASSIGN? type_
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec?)*)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

// The signature is written out here (and in interfaceElem) rather than as
// `signature`: SLL prediction of an optional part that ends a rule follows
// every place the rule is used, and signature's result? ends in function
// types, which appear everywhere; here its follow is the block. That
// decision cost a million instructions in every program's func main().
funcDecl
    : FUNC receiver=parameters? IDENTIFIER params=parameters result? block?
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

// ---- Types -----------------------------------------------------------------

type_
    : typeName
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

// A type in result position: a parenthesised one would be a parameter list.
resultType
    : typeName
    | typeLit
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

typeLit
    : arrayOrSliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | chanType
    ;

// [N]T, [...]T (composite literals only; the AST builder checks) or []T.
arrayOrSliceType
    : L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl?)*)? R_CURLY
    ;

// Names and a type, or an embedded T, pkg.T, *T or *pkg.T (LL(1) this way).
fieldDecl
    : ( IDENTIFIER ((COMMA IDENTIFIER)* type_ | DOT IDENTIFIER)?
      | STAR typeName
      )
      tag=string_?
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | resultType
    ;

// Comma lists that allow a trailing comma are `x (COMMA x?)*`, which is
// LL(1); the AST builder rejects an empty element other than the last.
parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl?)*)? R_PAREN
    ;

// A name may be absent (a type alone) or stand alone (its type comes from a
// later parameter, as in `a, b int`); the AST builder groups them as gc does.
parameterDecl
    : IDENTIFIER? ELLIPSIS? type_
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem?)*)? R_CURLY
    ;

// A method, or an embedded interface name.
interfaceElem
    : IDENTIFIER (parameters result? | DOT IDENTIFIER)?
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// chan T, chan<- T, <-chan T. `chan<- chan int` binds the arrow to the
// leftmost chan, as the spec says: ANTLR resolves the ambiguity to the first
// (greedy) choice.
chanType
    : CHAN RECEIVE? type_
    | RECEIVE CHAN type_
    ;

// ---- Statements ------------------------------------------------------------

block
    : L_CURLY statementList R_CURLY
    ;

statementList
    : statement? (SEMI statement?)*
    ;

// A label is parsed as a simple statement followed by a colon (LL(1));
// the AST builder checks that it was a name.
statement
    : declaration
    | simpleStmt (COLON statement?)?
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

// Expression statements, sends, inc/dec, assignments and short variable
// declarations.
simpleStmt
    : expressionList
      ( (ASSIGN | DECLARE) expressionList
      | ASSIGN_OP expressionList
      | PLUS_PLUS
      | MINUS_MINUS
      | RECEIVE expression
      )?
    ;

// The same in a statement header; `range` is accepted after = and := and
// rejected by the AST builder outside a for clause.
headerSimpleStmt
    : headerExprList
      ( (ASSIGN | DECLARE) (RANGE headerExpr | headerExprList)
      | ASSIGN_OP headerExprList
      | PLUS_PLUS
      | MINUS_MINUS
      | RECEIVE headerExpr
      )?
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENTIFIER?
    ;

continueStmt
    : CONTINUE IDENTIFIER?
    ;

gotoStmt
    : GOTO IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

ifStmt
    : IF headerSimpleStmt? (SEMI headerExpr?)? block (ELSE (ifStmt | block))?
    ;

switchStmt
    : SWITCH headerSimpleStmt? (SEMI headerSimpleStmt?)? L_CURLY caseClause* R_CURLY
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR forClause? block
    ;

forClause
    : RANGE headerExpr
    | headerSimpleStmt (SEMI headerExpr? SEMI headerSimpleStmt?)?
    | SEMI headerExpr? SEMI headerSimpleStmt?
    ;

// ---- Expressions -----------------------------------------------------------

expression
    : unaryExpr
      ( ( LOGICAL_OR | LOGICAL_AND
        | EQUALS | NOT_EQUALS | LESS | LESS_EQ | GREATER | GREATER_EQ
        | PLUS | MINUS | OR | CARET
        | STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | AND_NOT
        ) unaryExpr
      )*
    ;

// ~x is accepted as gc's parser does, for the checker to reject outside
// constraints.
unaryExpr
    : primaryExpr
    | (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE) unaryExpr
    ;

// An operand followed by selectors, indexes, slices, type assertions, calls
// and composite literal bodies. Whether the operand may take a literal body
// (a type name, not a call) is checked by the AST builder.
//
// A type literal is an operand too (conversions, composite literals, make
// and new). It is followed by a literal body, a call or a method name
// (`interface{ m() }.m`, a method expression); a qualified type name inside
// it keeps its `.T` (`[]pkg.T`), the longer match. A function type takes no
// call at all, as in gc, where `func()(x)` is a function type with result x.
primaryExpr
    : operand suffix*
    | typeOperand ((literalValue | arguments | methodName) suffix*)?
    | FUNC signature (block suffix*)?
    ;

methodName
    : DOT IDENTIFIER
    ;

operand
    : IDENTIFIER
    | basicLit
    | L_PAREN expression R_PAREN
    ;

typeOperand
    : arrayOrSliceType
    | structType
    | mapType
    | CHAN RECEIVE? type_
    | interfaceType
    ;

suffix
    : DOT (IDENTIFIER | L_PAREN (TYPE | type_) R_PAREN)
    | index
    | arguments
    | literalValue
    ;

// ---- Expressions in statement headers (see the top of the file) -------------

headerExprList
    : headerExpr (COMMA headerExpr)*
    ;

headerExpr
    : headerUnaryExpr
      ( ( LOGICAL_OR | LOGICAL_AND
        | EQUALS | NOT_EQUALS | LESS | LESS_EQ | GREATER | GREATER_EQ
        | PLUS | MINUS | OR | CARET
        | STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | AND_NOT
        ) headerUnaryExpr
      )*
    ;

headerUnaryExpr
    : headerPrimaryExpr
    | (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE) headerUnaryExpr
    ;

// As primaryExpr, but a literal body only directly after a type literal.
headerPrimaryExpr
    : operand headerSuffix*
    | typeOperand ((literalValue | arguments | methodName) headerSuffix*)?
    | FUNC signature (block headerSuffix*)?
    ;

headerSuffix
    : DOT (IDENTIFIER | L_PAREN (TYPE | type_) R_PAREN)
    | index
    | arguments
    ;

basicLit
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | string_
    ;

string_
    : RAW_STRING_LIT
    | INTERPRETED_STRING_LIT
    ;

// a[i], a[lo:hi], a[lo:hi:max]; which parts are required is checked by the
// AST builder, with gc's messages.
index
    : L_BRACKET expression? (COLON expression? (COLON expression?)?)? R_BRACKET
    ;

arguments
    : L_PAREN (argument (COMMA argument?)*)? R_PAREN
    ;

argument
    : expression ELLIPSIS?
    ;

literalValue
    : L_CURLY (keyedElement (COMMA keyedElement?)*)? R_CURLY
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;
