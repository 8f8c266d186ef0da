import Foundation
import Testing
@testable import ScrumsellKit

/// Reading exports: encodings by byte-order mark or as declared, RFC 4180 records and their rows.
@Suite struct CSVImportReadingTests {
    @Test func byteOrderMarksTellTheEncoding() throws {
        #expect(try CSVEncoding.decode([0xEF, 0xBB, 0xBF] + Array("a,é".utf8), declared: nil) == "a,é")
        #expect(try CSVEncoding.decode([0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00], declared: nil) == "aé")
        #expect(try CSVEncoding.decode([0xFE, 0xFF, 0x00, 0x61, 0x20, 0xAC], declared: .windows1252) == "a€")
    }

    @Test func windows1252IsReadOnlyWhenDeclaredAndBadUTF8IsLocated() throws {
        let bytes: [UInt8] = Array("x\n".utf8) + [0x80, 0x20, 0x93, 0x71, 0x94, 0xE9]
        #expect(try CSVEncoding.decode(bytes, declared: .windows1252) == "x\n€ \u{201C}q\u{201D}é")
        #expect(throws: CSVEncoding.Failure.self) { try CSVEncoding.decode(bytes, declared: nil) }
        do {
            _ = try CSVEncoding.decode(bytes, declared: .utf8)
        } catch {
            #expect(error.description.hasPrefix("line 2 is not UTF-8 (byte 0x80 at offset 2)"))
        }
    }

    @Test func quotedFieldsAndRowsAsASpreadsheetNumbersThem() throws {
        let table = try CSVTable.parse("Name,Note\r\n\"Acme, Inc.\",\"says \"\"hi\"\"\r\nand more\"\r\n\r\nBeta,plain\r\n")
        #expect(table.header == ["Name", "Note"])
        #expect(table.records.map(\.row) == [2, 4])
        #expect(table.records[0].fields == ["Acme, Inc.", "says \"hi\"\r\nand more"])
        #expect(table.column("note") == 1)
        #expect(throws: CSVTable.Failure.self) { try CSVTable.parse("A,A\n1,2\n") }
        #expect(try CSVTable.parse("Name;Amount\nAcme;\"1.200,50\"\n").records[0].fields == ["Acme", "1.200,50"])
        #expect(try CSVTable.parse("Name\tAmount\nAcme\t5\n").header == ["Name", "Amount"])
        #expect(throws: CSVTable.Failure.self) { try CSVTable.parse(" \n") }
    }

    @Test func amountsWithSeparatorsAndSymbols() {
        func value(_ text: String) -> Double? { ImportAmount.parse(text)?.value }
        #expect(value("$120,000.00") == 120000 && ImportAmount.parse("$120,000.00")?.currency == "USD")
        #expect(value("€ 1.200,50") == 1200.5 && ImportAmount.parse("€ 1.200,50")?.currency == "EUR")
        #expect(value("1 200 000") == 1200000)
        #expect(value("1,200") == 1200 && value("1.200") == 1200 && value("1200,5") == 1200.5 && value("12.50") == 12.5)
        #expect(value("1.234.567,89") == 1234567.89)
        #expect(ImportAmount.parse("GBP 3,000")?.currency == "GBP")
        #expect(value("-5") == nil && value("lots") == nil && value("") == nil && value("1e400") == nil && value("9999999999999999") == nil)
    }

    @Test func datesInTheirFormatsAndTheSlashFormatDetected() {
        #expect(ImportDateFormat.iso.day("2026-11-20T10:05:00Z") == Day("2026-11-20"))
        #expect(ImportDateFormat.us.day("1/5/2027 10:05 AM") == Day("2027-01-05"))
        #expect(ImportDateFormat.dotted.day("05.01.2027") == Day("2027-01-05"))
        #expect(ImportDateFormat.us.day("13/45/2026") == nil && ImportDateFormat.iso.day("26-11-20") == nil)
        #expect(ImportDateFormat.detectSlashFormat(["12/15/2026", "01/02/2026"]).format == .us)
        #expect(ImportDateFormat.detectSlashFormat(["15/12/2026"]).format == .dayFirstSlash)
        #expect(ImportDateFormat.detectSlashFormat(["01/02/2026"]) == (nil, true))
        #expect(ImportDateFormat.detectSlashFormat(["15/12/2026", "12/15/2026"]).format == nil)
    }
}
