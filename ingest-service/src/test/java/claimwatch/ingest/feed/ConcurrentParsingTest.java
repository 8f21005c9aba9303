package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One parser shared by the poller's threads gives each feed the result it gives alone. */
class ConcurrentParsingTest {

    private static final List<String[]> FEEDS = List.of(
            new String[] {"rss20.xml", "https://www.northgateherald.example/news/world/rss"},
            new String[] {"atom.xml", "https://www.meridianwire.example/europe/atom.xml"},
            new String[] {"news-sitemap.xml", "https://www.dailyklaxon.example/news-sitemap.xml"},
            new String[] {"sitemap-index.xml", "https://www.mercantilejournal.example/sitemap.xml"},
            new String[] {"latin1-rss.xml", "https://www.elfarovalderra.example/rss"},
            new String[] {"rss10-rdf.xml", "https://www.eurotransport.example/feed.rdf"});

    @Test
    void sharedParserAcrossThreads() throws Exception {
        FeedParser parser = new FeedParser(20);
        List<ParsedFeed> alone = new ArrayList<>();
        for (String[] feed : FEEDS) {
            alone.add(parser.parse(FeedResources.bytes(feed[0]), null, feed[1]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedFeed>> results = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                String[] feed = FEEDS.get(round % FEEDS.size());
                results.add(pool.submit(() -> parser.parse(FeedResources.bytes(feed[0]), null, feed[1])));
            }
            for (int round = 0; round < results.size(); round++) {
                assertEquals(alone.get(round % FEEDS.size()), results.get(round).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
