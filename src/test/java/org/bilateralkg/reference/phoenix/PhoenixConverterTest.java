package org.bilateralkg.reference.phoenix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoenixConverterTest {

    private static final String SRC = "phoenix:Phoenix.Countries.actors.txt#L";

    /** A small dictionary in the Phoenix.Countries.actors.txt format; line numbers matter. */
    private static final String SAMPLE = String.join("\n",
            "# sample in the TABARI/PETRARCH actor format",                       // 1
            "RUSSIAN_FEDERATION_  [RUS]",                                          // 2
            "+RUSSIAN",                                                            // 3
            "SERGEY_LAVROV_  # CountryInfo.txt",                                   // 4
            "+SERGEY_VIKTOROVICH_LAVROV_",                                         // 5
            "+LAVROV",                                                             // 6
            "+RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV",                             // 7
            "+AMBASSADOR_SERGEY_LAVROV",                                           // 8
            "\t[RUSGOV 19940922-20040712] # Amb. to UN",                           // 9
            "\t[RUSGOV >20040309]  # Foreign Minister",                            // 10
            "",                                                                    // 11
            "UNITED_STATES_OF_AMERICA_  [USA]",                                    // 12
            "+US_",                                                                // 13
            "+AMERICAN_",                                                          // 14
            "GEORGE_W._BUSH_  # CountryInfo.txt",                                  // 15
            "+PRESIDENT_GEORGE_W._BUSH",                                           // 16
            "+US_PRESIDENT_BUSH",                                                  // 17
            "+GEORGE_WALKER_BUSH",                                                 // 18
            "+THE_BUSH_ADMINISTRATION",                                            // 19
            "\t[USAELI 640101-010120]",                                            // 20
            "\t[USAGOV 010120-090120]",                                            // 21
            "\t[USAELI]",                                                          // 22
            "COLIN_POWELL_  # CountryInfo.txt",                                    // 23
            "+SECRETARY_OF_STATE_COLIN_POWELL",                                    // 24
            "\t[USAGOV 010120-050126]",                                            // 25
            "\t[USAGOV 871123-890120]",                                            // 26
            "CONDOLEEZZA_RICE_  # CountryInfo.txt",                                // 27
            "+SECRETARY_OF_STATE_CONDOLEEZZA_RICE",                                // 28
            "+CONDI_RICE",                                                         // 29
            "\t[USAGOV 050126-090120]",                                            // 30
            "\t[USAGOV 010120-050126]",                                            // 31
            "MADELEINE_ALBRIGHT_  # CountryInfo.txt",                              // 32
            "+SECRETARY_OF_STATE_MADELEINE_ALBRIGHT",                              // 33
            "\t[USAGOV 970123-010120]",                                            // 34
            "",                                                                    // 35
            "INDIA_  [IND]",                                                       // 36
            "+INDIAN_",                                                            // 37
            "MANMOHAN_SINGH_  # CountryInfo.txt",                                  // 38
            "\t[INDELI 500101-000101]",                                            // 39
            "\t[INDGOV >040522]",                                                  // 40
            "\t[INDELI]",                                                          // 41
            "",                                                                    // 42
            "GERMANY_  [DEU]",                                                     // 43
            "+GERMAN_",                                                            // 44
            "CHRISTIAN_WULFF_",                                                    // 45
            "+CHRISTIAN_WULLF_",                                                   // 46
            "\t[DEUGOV 20100702-20120217] # President of Germany",                 // 47
            "\t[DEUGOV 20030304-20100630] # Prime Minister of Lower Saxony",       // 48
            "");

    private List<PhoenixConverter.TenureRow> rows;

    @BeforeEach
    void convertSample(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Phoenix.Countries.actors.txt");
        Files.writeString(file, SAMPLE, StandardCharsets.UTF_8);
        rows = PhoenixConverter.convert(file);
    }

    private List<String> tsvFor(String personId) {
        return rows.stream().filter(r -> r.personId().equals(personId))
                .map(PhoenixConverter.TenureRow::toTsv).collect(Collectors.toList());
    }

    @Test
    void foreignMinisterWithOpenRangeFromDateLineComment() {
        assertEquals(List.of("sergey-lavrov\tSergey Lavrov\tSergey Viktorovich Lavrov|Lavrov\t\t"
                        + "RU\tforeign-minister\t2004-03-09\t\t" + SRC + "10"),
                tsvFor("sergey-lavrov"));
    }

    @Test
    void presidentWithClosedRangeFromTitleSynonymAndYymmddDates() {
        assertEquals(List.of("george-w-bush\tGeorge W. Bush\tGeorge Walker Bush\t\t"
                        + "US\thead-of-state\t2001-01-20\t2009-01-20\t" + SRC + "21"),
                tsvFor("george-w-bush"));
    }

    @Test
    void personWithoutPostInCommentsOrSynonymsYieldsNothing() {
        assertEquals(List.of(), tsvFor("manmohan-singh"));
    }

    @Test
    void yymmddDatesUseTwoDigitYearPivot() {
        assertEquals(LocalDate.of(2001, 1, 20), PhoenixConverter.parseDate("010120"));
        assertEquals(LocalDate.of(1999, 12, 31), PhoenixConverter.parseDate("991231"));
        assertEquals(LocalDate.of(2030, 1, 1), PhoenixConverter.parseDate("300101"));
        assertEquals(LocalDate.of(1931, 1, 1), PhoenixConverter.parseDate("310101"));
        assertEquals(LocalDate.of(2004, 3, 9), PhoenixConverter.parseDate("20040309"));
        assertNull(PhoenixConverter.parseDate("201005011"));
        assertNull(PhoenixConverter.parseDate("20121304"));
    }

    @Test
    void chainingPicksTheLineThatFollowsThePredecessor() {
        // Albright's single line is taken; Powell's 2001 line follows hers; of Rice's two USAGOV
        // lines, 2001-2005 (National Security Advisor) and 2005-2009, only the second follows
        // Powell's tenure without overlapping it.
        assertEquals(List.of("condoleezza-rice\tCondoleezza Rice\tCondi Rice\t\t"
                        + "US\tforeign-minister\t2005-01-26\t2009-01-20\t" + SRC + "30"),
                tsvFor("condoleezza-rice"));
        // Powell's 1987-1989 line ends before 2000 and is dropped.
        assertEquals(List.of("colin-powell\tColin Powell\t\t\t"
                        + "US\tforeign-minister\t2001-01-20\t2005-01-26\t" + SRC + "25"),
                tsvFor("colin-powell"));
    }

    @Test
    void postOfSomethingElseIsNotTheCountrysPost() {
        assertEquals(List.of("christian-wulff\tChristian Wulff\tChristian Wullf\t\t"
                        + "DE\thead-of-state\t2010-07-02\t2012-02-17\t" + SRC + "47"),
                tsvFor("christian-wulff"));
    }

    @Test
    void writtenFileHasHeaderAndNineFieldsPerRow(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("people.tsv");
        PhoenixConverter.write(rows, out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(PhoenixConverter.HEADER, lines.get(0));
        assertEquals(rows.size() + 1, lines.size());
        for (String l : lines) {
            assertEquals(9, l.split("\t", -1).length, l);
        }
        // sorted by country, then person, then start
        assertEquals(List.of("christian-wulff", "sergey-lavrov", "colin-powell", "condoleezza-rice",
                        "george-w-bush", "madeleine-albright"),
                lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)[0])
                        .collect(Collectors.toList()));
    }

    @Test
    void slugsAndNames() {
        assertEquals("s-jaishankar", PhoenixConverter.slug("S. Jaishankar"));
        assertEquals("gerhard-schroder", PhoenixConverter.slug("Gerhard Schröder"));
        assertEquals("Sergey V. Lavrov", PhoenixConverter.titleCase("SERGEY_V._LAVROV_"));
        assertEquals("Abdullah II", PhoenixConverter.titleCase("ABDULLAH_II_"));
    }
}
