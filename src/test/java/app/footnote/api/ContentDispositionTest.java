package app.footnote.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aFileNameCanNeitherEndTheHeaderNorAddAParameter() {
        assertEquals("attachment; filename=\"a_b__c_d__.yaml\"; filename*=UTF-8''a%22b%0D%0Ac%3Bd%20%C3%A9.yaml",
                ContentDisposition.attachment("a\"b\r\nc;d é.yaml"));
    }

    @Test
    void aPlainNameIsTheSameInBothForms() {
        assertEquals("attachment; filename=\"footnote-questions-123.yaml\"; filename*=UTF-8''footnote-questions-123"
                + ".yaml", ContentDisposition.attachment("footnote-questions-123.yaml"));
    }
}
