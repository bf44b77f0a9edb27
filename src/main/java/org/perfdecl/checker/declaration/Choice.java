package org.perfdecl.checker.declaration;

/** One box of a tick-box field (项目类型, 资金用途); every box is kept, ticked or not. */
public record Choice(String label, boolean checked) {
}
