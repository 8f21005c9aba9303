package claimwatch.api.http;

/** Example bodies for the OpenAPI document, from the sample story (Valderra's €430 million ferry contract). */
public final class ApiExamples {

    private ApiExamples() {
    }

    public static final String STORY_PAGE = """
            {"items": [{"id": "0b8e6f1c2d3a4b5c6d7e8f9012345678", "title": "Valderra signs €430 million ferry deal with Aldermoor",
              "articleCount": 15, "outletCount": 9, "factCount": 12, "conflictCount": 2,
              "firstSeen": "2024-03-11T16:42:00Z", "lastSeen": "2024-03-14T08:05:00Z", "lastActivity": "2024-03-14T08:07:31.204Z",
              "topEntities": [{"id": "5e2c1a9b7d3f4e60", "canonical": "Valderra", "type": "place", "count": 15},
                              {"id": "a41f0c9e2b7d3865", "canonical": "Aldermoor Marine Engineering", "type": "organisation", "count": 11},
                              {"id": "c3d9e1f7a2b46058", "canonical": "Joaquin Rendal", "type": "person", "count": 7}]}],
             "nextCursor": "YzJ8c3Rvcmllc3wyMDI0LTAzLTE0VDA4JTNBMDclM0EzMS4yMDRafDBiOGU2ZjFjMmQzYTRiNWM2ZDdlOGY5MDEyMzQ1Njc4"}""";

    public static final String STORY = """
            {"id": "0b8e6f1c2d3a4b5c6d7e8f9012345678", "title": "Valderra signs €430 million ferry deal with Aldermoor",
             "articleCount": 3, "outletCount": 3, "factCount": 12, "conflictCount": 2,
             "firstSeen": "2024-03-11T16:42:00Z", "lastSeen": "2024-03-12T09:15:00Z", "lastActivity": "2024-03-12T09:17:02.118Z",
             "topEntities": [{"id": "5e2c1a9b7d3f4e60", "canonical": "Valderra", "type": "place", "count": 3}],
             "articles": [
              {"id": "0b8e6f1c2d3a4b5c6d7e8f9012345678", "outlet": "Meridian Wire", "title": "Valderra signs €430 million ferry deal with Aldermoor",
               "url": "https://www.meridianwire.example/valderra-ferry-deal", "publishedAt": "2024-03-11T16:42:00Z",
               "reportedAt": "2024-03-11T16:42:00Z", "duplicateOf": null, "claimCount": 14, "score": 1.0,
               "reason": {"decision": "started", "score": 1.0, "entitySimilarity": 0, "valueSimilarity": 0, "textSimilarity": 0,
                          "sharedEntities": [], "sharedValues": [], "sharedTerms": [], "mergedStories": []}},
              {"id": "e453d9cb0771ce3e70b26e25d066288b", "outlet": "The Mercantile Journal",
               "title": "Aldermoor's Valderra ferry win tests thin margins as auditors flag cost risk",
               "url": "https://www.mercantilejournal.example/companies/industrials/aldermoor-valderra-ferry-contract-margins",
               "publishedAt": "2024-03-12T06:00:00Z", "reportedAt": "2024-03-12T06:00:00Z", "duplicateOf": null, "claimCount": 21, "score": 0.81,
               "reason": {"decision": "joined", "score": 0.81, "entitySimilarity": 0.67, "valueSimilarity": 0.5, "textSimilarity": 0.31,
                          "sharedEntities": ["Valderra", "Aldermoor Marine Engineering", "Joaquin Rendal"],
                          "sharedValues": ["money:EUR:430000000", "count:vessel:6"], "sharedTerms": ["ferry", "contract", "hybrid"],
                          "mergedStories": []}},
              {"id": "7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f", "outlet": "Daily Klaxon", "title": "Valderra ferry fury: deal worth more than €300m",
               "url": "https://www.dailyklaxon.example/news/valderra-ferry-fury", "publishedAt": "2024-03-12T09:15:00Z",
               "reportedAt": "2024-03-12T09:15:00Z", "duplicateOf": null, "claimCount": 9, "score": 0.64,
               "reason": {"decision": "joined", "score": 0.64, "entitySimilarity": 0.5, "valueSimilarity": 0.25, "textSimilarity": 0.22,
                          "sharedEntities": ["Valderra", "Joaquin Rendal"], "sharedValues": ["date:2027"], "sharedTerms": ["ferry", "deal"],
                          "mergedStories": []}}],
             "moreArticles": null}""";

    public static final String FACT_PAGE = """
            {"items": [{"id": "f3a9c1e27b5d4086a1c2d3e4", "statement": "The contract is worth €430 million", "slot": "money:EUR:contract",
              "label": "contract value",
              "value": {"kind": "money", "amount": 430000000, "unit": "EUR", "qualifier": "exact", "display": "€430 million"},
              "status": "disputed", "outletCount": 3, "independentOutletCount": 2,
              "firstReportedBy": {"outlet": "Meridian Wire", "articleId": "0b8e6f1c2d3a4b5c6d7e8f9012345678",
                                  "publishedAt": "2024-03-11T16:42:00Z", "citationChain": []},
              "support": [{"claimId": "a1b2c3d4e5f6a7b8c9d0e1f2", "articleId": "0b8e6f1c2d3a4b5c6d7e8f9012345678", "outlet": "Meridian Wire",
                           "publishedAt": "2024-03-11T16:42:00Z",
                           "text": "The contract is worth €430 million, regional minister Joaquin Rendal said.",
                           "attribution": {"speakers": ["Joaquin Rendal"], "role": "regional minister", "cue": "said", "kind": "indirect"},
                           "modality": "asserted", "syndicatedFrom": null, "citationChain": []},
                          {"claimId": "b7c8d9e0f1a2b3c4d5e6f7a8", "articleId": "e453d9cb0771ce3e70b26e25d066288b", "outlet": "The Mercantile Journal",
                           "publishedAt": "2024-03-12T06:00:00Z",
                           "text": "Aldermoor Marine Engineering's €430m contract to supply Valderra's public ferry operator with six hybrid-electric vessels and refit nine more is the largest single order in the shipbuilder's history.",
                           "attribution": null, "modality": "asserted", "syndicatedFrom": null, "citationChain": []}]}],
             "nextCursor": "YzJ8ZmFjdHMlMkYwYjhlNmYxYzJkM2E0YjVjNmQ3ZThmOTAxMjM0NTY3OHwwfGYzYTljMWUyN2I1ZDQwODZhMWMyZDNlNA"}""";

    public static final String CONFLICT_PAGE = """
            {"items": [{"id": "c0a1b2c3d4e5f6a7b8c9d0e1", "slot": "money:EUR:contract", "label": "contract value",
              "values": [{"value": {"kind": "money", "amount": 430000000, "unit": "EUR", "qualifier": "exact", "display": "€430 million"},
                          "qualifier": "exact", "outlets": ["Meridian Wire", "The Mercantile Journal"],
                          "claims": ["a1b2c3d4e5f6a7b8c9d0e1f2", "b7c8d9e0f1a2b3c4d5e6f7a8"], "factId": "f3a9c1e27b5d4086a1c2d3e4"},
                         {"value": {"kind": "money", "amount": 300000000, "unit": "EUR", "qualifier": "more-than", "display": "more than €300 million"},
                          "qualifier": "more-than", "outlets": ["Daily Klaxon"], "claims": ["d4e5f6a7b8c9d0e1f2a3b4c5"],
                          "factId": "9e8d7c6b5a4f3e2d1c0b9a8f"}]}],
             "nextCursor": null}""";

    private static final String CLAIM = """
            {"id": "a1b2c3d4e5f6a7b8c9d0e1f2", "articleId": "0b8e6f1c2d3a4b5c6d7e8f9012345678", "storyId": "0b8e6f1c2d3a4b5c6d7e8f9012345678",
             "outlet": "Meridian Wire", "reportedAt": "2024-03-11T16:42:00Z", "sentenceIndex": 2, "span": {"start": 118, "end": 192},
             "text": "The contract is worth €430 million, regional minister Joaquin Rendal said.", "kind": "money",
             "modality": {"value": "asserted", "cue": null}, "checkworthiness": 0.92,
             "attribution": {"speakers": ["Joaquin Rendal"], "role": "regional minister", "cue": "said", "kind": "indirect"},
             "facets": {"quantities": [], "money": [{"text": "€430 million", "span": {"start": 22, "end": 34}, "amount": 430000000,
                          "upper": null, "currency": "EUR", "qualifier": "exact"}], "dates": [],
                        "entities": [{"text": "Joaquin Rendal", "span": {"start": 54, "end": 68}, "canonical": "Joaquin Rendal", "type": "person"}],
                        "slots": [{"key": "money:EUR:contract", "facet": "money", "index": 0}]},
             "entityIds": ["c3d9e1f7a2b46058"]}""";

    public static final String CLAIM_PAGE = "{\"items\": [" + CLAIM + "],\n \"nextCursor\": "
            + "\"YzJ8Y2xhaW1zfDIwMjQtMDMtMTFUMTYlM0E0MiUzQTAwWnxhMWIyYzNkNGU1ZjZhN2I4YzlkMGUxZjI\"}";

    public static final String ARTICLE_PAGE = """
            {"items": [{"id": "e453d9cb0771ce3e70b26e25d066288b", "outlet": "The Mercantile Journal",
              "url": "https://www.mercantilejournal.example/companies/industrials/aldermoor-valderra-ferry-contract-margins",
              "title": "Aldermoor's Valderra ferry win tests thin margins as auditors flag cost risk", "author": "Priya Natarajan",
              "publishedAt": "2024-03-12T06:00:00Z", "ingestedAt": "2024-03-12T06:03:11.482Z", "reportedAt": "2024-03-12T06:00:00Z",
              "storyId": "0b8e6f1c2d3a4b5c6d7e8f9012345678", "duplicateOf": null, "claimCount": 21}],
             "nextCursor": "YzJ8YXJ0aWNsZXN8MjAyNC0wMy0xMlQwNiUzQTAwJTNBMDBafGU0NTNkOWNiMDc3MWNlM2U3MGIyNmUyNWQwNjYyODhi"}""";

    public static final String ARTICLE = "{\"id\": \"0b8e6f1c2d3a4b5c6d7e8f9012345678\", \"outlet\": \"Meridian Wire\","
            + " \"url\": \"https://www.meridianwire.example/valderra-ferry-deal\","
            + " \"title\": \"Valderra signs €430 million ferry deal with Aldermoor\", \"author\": \"Tomás Ferrer\","
            + " \"publishedAt\": \"2024-03-11T16:42:00Z\", \"ingestedAt\": \"2024-03-11T16:44:09.031Z\", \"reportedAt\": \"2024-03-11T16:42:00Z\","
            + " \"storyId\": \"0b8e6f1c2d3a4b5c6d7e8f9012345678\", \"language\": \"en\", \"duplicateOf\": null,"
            + " \"text\": \"Valderra signs €430 million ferry deal with Aldermoor\\n\\nPUERTO ALBA (Meridian Wire) - ... The contract is worth €430 million, regional minister Joaquin Rendal said. ...\","
            + " \"extractor\": \"structured\", \"extractorVersion\": 2, \"extractedAt\": \"2024-03-11T16:44:09.512Z\",\n \"claims\": [" + CLAIM + "]}";

    public static final String ENTITY_PAGE = """
            {"items": [{"id": "c3d9e1f7a2b46058", "canonical": "Joaquin Rendal", "type": "person", "articleCount": 7, "claimCount": 12,
              "firstSeen": "2024-03-11T16:42:00Z", "lastSeen": "2024-03-14T08:05:00Z"}],
             "nextCursor": null}""";

    public static final String ENTITY = "{\"id\": \"c3d9e1f7a2b46058\", \"canonical\": \"Joaquin Rendal\", \"type\": \"person\","
            + " \"articleCount\": 7, \"claimCount\": 12, \"firstSeen\": \"2024-03-11T16:42:00Z\", \"lastSeen\": \"2024-03-14T08:05:00Z\","
            + " \"stories\": [{\"id\": \"0b8e6f1c2d3a4b5c6d7e8f9012345678\", \"title\": \"Valderra signs €430 million ferry deal with Aldermoor\","
            + " \"articleCount\": 7}],\n \"recentClaims\": [" + CLAIM + "],\n \"moreClaims\": \"/api/claims?entity=c3d9e1f7a2b46058\"}";

    public static final String OUTLET_PAGE = """
            {"items": [{"name": "Meridian Wire", "articleCount": 412, "claimCount": 5120, "storyCount": 233, "firstCount": 96, "aloneCount": 31,
                        "firstSeen": "2024-01-02T07:12:00Z", "lastSeen": "2024-03-14T08:05:00Z"},
                       {"name": "The Mercantile Journal", "articleCount": 388, "claimCount": 6044, "storyCount": 201, "firstCount": 54,
                        "aloneCount": 47, "firstSeen": "2024-01-02T06:00:00Z", "lastSeen": "2024-03-14T06:00:00Z"}],
             "nextCursor": "YzJ8b3V0bGV0c3wzODh8VGhlK01lcmNhbnRpbGUrSm91cm5hbA"}""";

    public static final String BAD_LIMIT = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "limit must be a whole number from 1 to 100", "instance": "/api/stories", "parameter": "limit"}""";

    public static final String BAD_CURSOR = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "cursor belongs to another listing; start again without it", "instance": "/api/claims", "parameter": "cursor"}""";

    public static final String BAD_KIND = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "kind must be one of money, quantity, date, statement", "instance": "/api/claims", "parameter": "kind"}""";

    public static final String BAD_CHECKWORTHINESS = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "minCheckworthiness must be a number from 0 to 1", "instance": "/api/claims", "parameter": "minCheckworthiness"}""";

    public static final String BAD_SINCE = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "since must be an ISO-8601 instant (2024-03-12T06:00:00Z) or date (2024-03-12)", "instance": "/api/claims",
             "parameter": "since"}""";

    public static final String LONG_QUERY = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "q must be at most 500 characters", "instance": "/api/claims", "parameter": "q"}""";

    public static final String BAD_STATUS = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "status must be one of corroborated, single-source, disputed",
             "instance": "/api/stories/0b8e6f1c2d3a4b5c6d7e8f9012345678/facts", "parameter": "status"}""";

    public static final String UNKNOWN_STORY = """
            {"type": "urn:claimwatch:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No story 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "instance": "/api/stories/9f8e7d6c5b4a39281706f5e4d3c2b1a0"}""";

    public static final String UNKNOWN_STORY_FILTER = """
            {"type": "urn:claimwatch:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No story 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "instance": "/api/claims", "parameter": "story"}""";

    public static final String UNKNOWN_ARTICLE = """
            {"type": "urn:claimwatch:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No article 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "instance": "/api/articles/9f8e7d6c5b4a39281706f5e4d3c2b1a0"}""";

    public static final String UNKNOWN_ENTITY = """
            {"type": "urn:claimwatch:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No entity 0123456789abcdef", "instance": "/api/entities/0123456789abcdef"}""";

    public static final String MERGED_STORY = """
            {"type": "urn:claimwatch:problem:moved", "title": "Moved permanently", "status": 301,
             "detail": "Story 7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f was merged into story 0b8e6f1c2d3a4b5c6d7e8f9012345678",
             "instance": "/api/stories/7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"}""";
}
