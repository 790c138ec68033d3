package app.footnote.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.footnote.bank.BankSummary;
import app.footnote.bank.SummarizeBank;

/** What the bot knows: question counts by article, category and difficulty. Never answers. */
@Path("/api/bank")
@Produces(MediaType.APPLICATION_JSON)
public class BankResource {

    private final SummarizeBank summarizeBank;

    public BankResource(SummarizeBank summarizeBank) {
        this.summarizeBank = summarizeBank;
    }

    @GET
    public BankSummary summary() {
        return summarizeBank.summary();
    }
}
