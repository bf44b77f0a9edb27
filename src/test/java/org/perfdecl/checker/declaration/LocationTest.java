package org.perfdecl.checker.declaration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocationTest {

    @Test
    void eachKindHasItsShortForm() {
        assertThat(Location.line(12).text()).isEqualTo("line 12");
        assertThat(Location.cell("Sheet1", "D23").text()).isEqualTo("Sheet1!D23");
        assertThat(Location.cell("申报表", "B4").text()).isEqualTo("申报表!B4");
        assertThat(Location.cell("My sheet", "A1").text()).isEqualTo("'My sheet'!A1");
        assertThat(Location.tableCell(1, 3, 2).text()).isEqualTo("table 1 row 3 cell 2");
        assertThat(Location.page(2, 14).text()).isEqualTo("page 2 line 14");
        assertThat(Location.page(2, null).text()).isEqualTo("page 2");
    }

    @Test
    void jsonCarriesThePartsAndTheShortForm() {
        String json = DeclarationJson.MAPPER.writeValueAsString(Location.cell("Sheet1", "D23"));
        assertThat(json.replaceAll("\\s", "")).isEqualTo("{\"sheet\":\"Sheet1\",\"cell\":\"D23\",\"text\":\"Sheet1!D23\"}");
        assertThat(DeclarationJson.MAPPER.readValue(json, Location.class)).isEqualTo(Location.cell("Sheet1", "D23"));
    }

    @Test
    void anInputExceptionOnALineKeepsItsLine() {
        assertThat(new InputException("x", 3).location()).isEqualTo(Location.line(3));
        assertThat(new InputException("x", 3).line()).isEqualTo(3);
        assertThat(InputException.at("x", Location.page(1, 2)).line()).isNull();
    }
}
