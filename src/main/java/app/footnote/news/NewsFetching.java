package app.footnote.news;

import java.io.IOException;
import java.net.InetAddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** The bot's one fetching door, configured. */
@ApplicationScoped
class NewsFetching {

    @Produces
    @ApplicationScoped
    GuardedFetch guardedFetch(NewsConfig config) {
        return new GuardedFetch(InetAddress::getAllByName, new AddressPolicy(config.allowPrivateAddresses()),
                config.connectTimeout(), config.responseTimeout());
    }

    void close(@Disposes GuardedFetch fetch) throws IOException {
        fetch.close();
    }
}
