package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    // --- people

    @Test
    void twoWordNameIsAPerson() {
        assertEquals(List.of("Maria Lopez|Maria Lopez|person"),
                names("Maria Lopez, a senior fellow at the institute, said the deal was sound.", 0));
    }

    @Test
    void laterSurnameResolvesToTheFullName() {
        String text = "Maria Lopez spoke first. Lopez said the price was fixed.";
        assertEquals(List.of("Lopez|Maria Lopez|person"), names(text, 1));
        assertEquals("Maria Lopez", extract(text).aliases().get("Lopez"));
    }

    @Test
    void surnameInTheHeadlineResolvesToTheNameIntroducedInTheBody() {
        String text = "Kiprono breaks course record\nDaniel Kiprono won the race on Sunday.";
        assertEquals(List.of("Kiprono|Daniel Kiprono|person"), names(text, 0));
    }

    @Test
    void surnameSharedByTwoPeopleResolvesToNeither() {
        String text = "Maria Lopez and Juan Lopez disagreed. Lopez said the deal was bad.";
        assertEquals(List.of(), names(text, 1));
        assertFalse(extract(text).aliases().containsKey("Lopez"));
    }

    @Test
    void honorificMakesASingleNameAPersonAndIsNotPartOfTheMention() {
        assertEquals(List.of("Chen|Chen|person"), names("Dr Chen declined to comment.", 0));
        assertEquals(List.of("Chen|Chen|person"), names("On Monday, Dr Chen declined to comment.", 0));
        assertEquals(List.of("Biden|Biden|person"), names("The letter was sent to President Biden.", 0));
    }

    @Test
    void nameAfterATitleTheSplitterCutOffIsStillAPerson() {
        // SentenceSplitter ends a sentence after "Dr." and "Mr."; the title still makes the next word a person.
        String text = "Officials met Dr. Chen on Monday.";
        assertEquals(2, new SentenceSplitter().split(text).size());
        assertEquals(List.of("Chen|Chen|person"), names(text, 1));
    }

    @Test
    void honorificSurnameResolvesToTheFullName() {
        String text = "Wei Chen leads the study. Ms Chen said it would take a year.";
        assertEquals(List.of("Chen|Wei Chen|person"), names(text, 1));
    }

    @Test
    void titlesBeforeAFullNameAreStripped() {
        assertEquals(List.of("Fiona Hale|Fiona Hale|person"), names("Chief Executive Fiona Hale said so.", 0));
        assertEquals(List.of("Rishi Sunak|Rishi Sunak|person"), names("It was Prime Minister Rishi Sunak.", 0));
    }

    @Test
    void roleNounBeforeANameIsNotPartOfIt() {
        assertEquals(List.of("Aldermoor|Aldermoor|organisation", "Fiona Hale|Fiona Hale|person"),
                names("Aldermoor Marine Engineering signed. Aldermoor chief executive Fiona Hale said it was a record.", 1)
                        .stream().map(s -> s.replace("Aldermoor Marine Engineering", "Aldermoor")).toList());
        assertEquals(List.of("Marta Quiroga|Marta Quiroga|person"),
                names("Opposition deputy Marta Quiroga called it premature.", 0));
    }

    @Test
    void roleNounMakesASingleNameAPerson() {
        assertEquals(List.of("Kiprono|Kiprono|person"), names("The race went to winner Kiprono on Sunday.", 0));
    }

    @Test
    void roleAcronymSeparatesTheCompanyFromThePerson() {
        assertEquals(List.of("Apple Inc.|Apple Inc.|organisation"), names("Apple Inc. sells phones.", 0));
        assertEquals(List.of("Apple|Apple Inc.|organisation", "Steve Jobs|Steve Jobs|person"),
                names("Apple Inc. sells phones. Apple CEO Steve Jobs unveiled the laptop.", 1));
    }

    @Test
    void capitalisedRoleBeforeANameIsNotPartOfIt() {
        assertEquals(List.of("Shawn Wu|Shawn Wu|person"), names("Analyst Shawn Wu says the price is low.", 0));
        assertEquals(List.of(), names("The Prime Minister arrived late.", 0));
    }

    @Test
    void coordinatedNamesAreTwoPeople() {
        String text = "Maria Lopez and Wei Chen met. Lopez and Chen wrote in a report that costs rose.";
        assertEquals(List.of("Maria Lopez|Maria Lopez|person", "Wei Chen|Wei Chen|person"), names(text, 0));
        assertEquals(List.of("Lopez|Maria Lopez|person", "Chen|Wei Chen|person"), names(text, 1));
    }

    @Test
    void accentedNamesArePeopleToo() {
        assertEquals(List.of("Inés Carbonell|Inés Carbonell|person", "Joaquín Rendal|Joaquín Rendal|person"),
                names("Inés Carbonell met Joaquín Rendal.", 0));
    }

    @Test
    void dutchParticlesStayInsideANameAndJanIsAFirstName() {
        assertEquals(List.of("Jan van der Berg|Jan van der Berg|person"), names("He met Jan van der Berg yesterday.", 0));
    }

    @Test
    void spanishParticlesStayInsideAName() {
        assertEquals(List.of("Maria de la Cruz|Maria de la Cruz|person"),
                names("Maria de la Cruz signed the letter.", 0));
    }

    // --- organisations

    @Test
    void orgWordAtTheEndMakesAnOrganisation() {
        assertEquals(List.of("Aldermoor Marine Engineering|Aldermoor Marine Engineering|organisation"),
                names("Aldermoor Marine Engineering won the contract.", 0));
        assertEquals(List.of("Skarvik Energy Systems|Skarvik Energy Systems|organisation"),
                names("Batteries come from Skarvik Energy Systems.", 0));
    }

    @Test
    void orgWordAtTheStartWithConnectorsMakesAnOrganisation() {
        assertEquals(List.of("Institute for Maritime Studies|Institute for Maritime Studies|organisation"),
                names("A report by the Institute for Maritime Studies was published.", 0));
        assertEquals(List.of("Ministry of Defence|Ministry of Defence|organisation"),
                names("The Ministry of Defence declined to comment.", 0));
        assertEquals(List.of("Cámara de Cuentas de Valderra|Cámara de Cuentas de Valderra|organisation"),
                names("The Cámara de Cuentas de Valderra published a report.", 0));
    }

    @Test
    void acronymDefinedInBracketsBecomesAnAlias() {
        String text = "Maria Lopez works at the Institute for Maritime Studies (IMS) in Lisbon. The IMS said costs rose.";
        ArticleEntities entities = extract(text);
        assertEquals("Institute for Maritime Studies", entities.aliases().get("IMS"));
        assertEquals(List.of("IMS|Institute for Maritime Studies|organisation"), names(text, 1));
    }

    @Test
    void acronymDefinitionMakesAnOrganisationOfANameWithoutOrgWords() {
        String text = "The ships are run by Navieras Publicas de Valderra (NPV), the public operator.";
        assertEquals(List.of("Navieras Publicas de Valderra|Navieras Publicas de Valderra|organisation",
                "NPV|Navieras Publicas de Valderra|organisation"), names(text, 0));
    }

    @Test
    void acronymWhoseFirstLetterDoesNotFitIsNoDefinition() {
        String text = "The runner proposed at the finish of the Lisbon Marathon (KLX).";
        assertFalse(extract(text).aliases().containsKey("KLX"));
    }

    @Test
    void loneAcronymWithoutDefinitionIsNotAnEntityUnlessWellKnown() {
        assertEquals(List.of(), names("The CEO said the IT budget was cut.", 0));
        assertEquals(List.of("EU|European Union|organisation"), names("The EU will pay a share.", 0));
    }

    @Test
    void shortFormsOfAnOrganisationResolveToItsFullName() {
        String text = "Aldermoor Marine Engineering signed the deal. Aldermoor Marine is based in Scotland. "
                + "Aldermoor said it was pleased.";
        assertEquals(List.of("Aldermoor Marine|Aldermoor Marine Engineering|organisation", "Scotland|Scotland|place"),
                names(text, 1));
        assertEquals(List.of("Aldermoor|Aldermoor Marine Engineering|organisation"), names(text, 2));
    }

    @Test
    void companyNameWithoutItsCorporateWords() {
        String text = "Ford Motor Company said sales rose 43%. Ford said it sold 142,285 units.";
        assertEquals(List.of("Ford|Ford Motor Company|organisation"), names(text, 1));
    }

    @Test
    void shortNameSeenFirstBecomesAnAliasOfTheFullName() {
        String text = "Valderra signs contract with Aldermoor Marine\nAldermoor Marine Engineering will build six ferries.";
        assertEquals("Aldermoor Marine Engineering", extract(text).aliases().get("Aldermoor Marine"));
    }

    @Test
    void nationalityIsNeverAShortFormOfAnOrganisation() {
        String text = "The European Commission is expected to pay. A Commission spokesperson said so.";
        Map<String, String> aliases = extract(text).aliases();
        assertFalse(aliases.containsKey("European"));
        assertEquals("European Commission", aliases.get("Commission"));
    }

    @Test
    void lowerCaseOrganisationNounAfterANameMakesItAnOrganisation() {
        assertEquals(List.of("Marta Quiroga|Marta Quiroga|person", "Green Left|Green Left|organisation"),
                names("Marta Quiroga of the Green Left group called it premature.", 0));
    }

    @Test
    void lowerCaseOrganisationNounBeforeANameMakesItAnOrganisation() {
        assertEquals(List.of("Hanwha|Hanwha|organisation"), names("The guns are made by shipbuilder Hanwha.", 0));
        assertEquals(List.of("Skarvik|Skarvik|organisation"), names("It signed with Norwegian supplier Skarvik.", 0));
    }

    @Test
    void connectorInsideAnOrganisationNameIsKept() {
        assertEquals(List.of("Recovery and Resilience Facility|Recovery and Resilience Facility|organisation"),
                names("The money comes from the Recovery and Resilience Facility this year.", 0));
        assertEquals(List.of("Ferry & Fleet Review|Ferry & Fleet Review|organisation"),
                names("The trade title Ferry & Fleet Review covered it.", 0));
    }

    @Test
    void outletWithCapitalisedTheKeepsIt() {
        assertEquals(List.of("The Financial Times|The Financial Times|organisation"),
                names("The Financial Times reported that the bank would sell.", 0));
    }

    @Test
    void outletAndTheSourceItCitesAreOrganisations() {
        assertEquals(List.of("Harbor Times|Harbor Times|organisation", "Reuters|Reuters|organisation"),
                names("Harbor Times reports, citing Reuters, that the port will close.", 0));
    }

    @Test
    void nameFollowedByReportedIsAnOutlet() {
        assertEquals(List.of("El Faro de Valderra|El Faro de Valderra|organisation"),
                names("El Faro de Valderra reported on Tuesday that the group would ask for a hearing.", 0));
        assertEquals(List.of("Klaxon|Klaxon|organisation"), names("Klaxon reported that the deal was agreed.", 0));
    }

    @Test
    void personWhoReportsStaysAPerson() {
        assertEquals(List.of("Maria Lopez|Maria Lopez|person"), names("Maria Lopez reported the loss to police.", 0));
    }

    @Test
    void dailyBeforeANameMakesAnOutletAndItsShortForm() {
        String text = "A report by Daily Klaxon alleged a payment. The Klaxon did not say where it came from.";
        assertEquals(List.of("Daily Klaxon|Daily Klaxon|organisation"), names(text, 0));
        assertEquals(List.of("Klaxon|Daily Klaxon|organisation"), names(text, 1));
    }

    @Test
    void outletWrittenWithALowerCaseTheIsNamedWithACapital() {
        String text = "A report by the Daily Klaxon alleged a payment. Daily Klaxon readers were told more.";
        assertEquals(List.of("Daily Klaxon|The Daily Klaxon|organisation"), names(text, 0));
        assertEquals(List.of("Daily Klaxon|The Daily Klaxon|organisation"), names(text, 1));
        assertEquals(List.of("Ines Carbonell|Ines Carbonell|person", "Centre for Coastal Transport Studies|"
                + "Centre for Coastal Transport Studies|organisation"),
                names("Ines Carbonell works at the Centre for Coastal Transport Studies.", 0));
    }

    @Test
    void outletWrittenWithAndWithoutTheIsOneName() {
        String text = "The Mercantile Journal reports that shares rose. Analysts quoted by Mercantile Journal agreed.";
        assertEquals(List.of("Mercantile Journal|The Mercantile Journal|organisation"), names(text, 1));
    }

    // --- places

    @Test
    void gazetteerPlaces() {
        assertEquals(List.of("Scotland|Scotland|place", "Norway|Norway|place"),
                names("The hulls will be built in Scotland and Norway.", 0));
        assertEquals(List.of("New York|New York|place"), names("Shares fell in New York.", 0));
    }

    @Test
    void placePrefixMakesAPlace() {
        assertEquals(List.of("Puerto Alba|Puerto Alba|place"), names("The deal was signed in Puerto Alba.", 0));
        assertEquals(List.of("San Telmo|San Telmo|place"), names("San Telmo voted against it.", 0));
    }

    @Test
    void capitalisedWordAfterInFromOrAtIsAPlace() {
        assertEquals(List.of("Pepe Arrieta|Pepe Arrieta|person", "Corva|Corva|place"),
                names("Pepe Arrieta, a fisherman from Corva, said the boats break down.", 0));
    }

    @Test
    void regionIntroducedWithOfIsAPlaceEverywhereInTheArticle() {
        String text = "The region of Valderra signed a deal. Valderra will pay for it.";
        assertEquals(List.of("Valderra|Valderra|place"), names(text, 0));
        assertEquals(List.of("Valderra|Valderra|place"), names(text, 1));
    }

    @Test
    void coordinatedIslandsAreBothPlaces() {
        assertEquals(List.of("Sereno|Sereno|place", "Corva|Corva|place"),
                names("Ferries link the islands of Sereno and Corva.", 0));
    }

    @Test
    void mayorOfAPlaceNamesThePlace() {
        assertEquals(List.of("Elena Mirabal|Elena Mirabal|person", "Corva|Corva|place"),
                names("Elena Mirabal, the mayor of Corva, welcomed the deal.", 0));
    }

    @Test
    void monthsAndDaysAreNotPlaces() {
        assertEquals(List.of(), names("The vote is in March and the report came out on Monday.", 0));
        assertEquals(List.of(), names("The museum reopens in May 2024.", 0));
    }

    @Test
    void eventWordIsDroppedButThePlaceBeforeItStays() {
        assertEquals(List.of("Daniel Kiprono|Daniel Kiprono|person", "Puerto Alba|Puerto Alba|place"),
                names("Daniel Kiprono won the Puerto Alba Marathon on Sunday.", 0));
    }

    @Test
    void capitalisedThingsAreNotEntities() {
        assertEquals(List.of(), names("Leaders signed the Paris Agreement.", 0).stream()
                .filter(name -> name.startsWith("Paris Agreement")).toList());
        assertEquals(List.of(), names("Hundreds queued in the Plaza de la Aduana.", 0));
    }

    // --- products

    @Test
    void modelCodesAndTheirCapitalisedNeighboursAreProducts() {
        assertEquals(List.of("K9 Thunder|K9 Thunder|product"), names("The army bought 18 K9 Thunder howitzers.", 0));
        assertEquals(List.of("Airbus A330 MRTT|Airbus A330 MRTT|product"),
                names("The air force ordered the Airbus A330 MRTT tanker.", 0));
        assertEquals(List.of("F-35|F-35|product"), names("The first F-35 jets arrive in 2026.", 0));
    }

    @Test
    void possessiveStopsAProductFromTakingTheMakerName() {
        String text = "Aldermoor Marine Engineering builds ferries. The ships use Aldermoor's AMC-96 design.";
        assertEquals(List.of("Aldermoor|Aldermoor Marine Engineering|organisation", "AMC-96|AMC-96|product"),
                names(text, 1));
    }

    @Test
    void modelCodeAloneResolvesToTheFullProductName() {
        String text = "The army bought K9 Thunder howitzers. Each K9 costs millions.";
        assertEquals(List.of("K9|K9 Thunder|product"), names(text, 1));
    }

    @Test
    void codesThatAreNotProducts() {
        assertEquals(List.of(), names("CO2 output fell in Q3 as COVID-19 cases and G7 talks slowed trade.", 0));
        assertEquals(List.of(), names("The subcontract is worth NOK640m, or USD60m.", 0));
    }

    // --- what is not an entity

    @Test
    void sentenceInitialCommonWordsAreNotEntities() {
        String text = "Officials said the deal was signed. Auditors found the cost rose. The officials left.";
        assertEquals(List.of(), names(text, 0));
        assertEquals(List.of(), names(text, 1));
    }

    @Test
    void sentenceInitialCommonWordBeforeANameIsDropped() {
        assertEquals(List.of("Maria Lopez|Maria Lopez|person"), names("But Maria Lopez disagreed.", 0));
        assertEquals(List.of("Maria Lopez|Maria Lopez|person"),
                names("Meanwhile Maria Lopez disagreed, as other meanwhile-minded people did.", 0));
    }

    @Test
    void nationalityIsNotAnEntity() {
        assertEquals(List.of("Aldermoor Marine|Aldermoor Marine|organisation"),
                names("The British-Norwegian firm Aldermoor Marine won.", 0));
        assertEquals(List.of(), names("The Kenyan ran alone for the final ten kilometres.", 0));
    }

    @Test
    void titleCaseHeadlineOnlyNamesWhatTheArticleEstablished() {
        String text = "Valderra Parliament To Vote On Disputed Ferry Contract\n"
                + "The region of Valderra will vote on the contract.";
        assertEquals(List.of("Valderra|Valderra|place"), names(text, 0));
    }

    @Test
    void menuLineNamesNothingNew() {
        assertEquals(List.of(), names("Home | News | Ferries & Transport | Fishing | Community", 0));
    }

    @Test
    void allCapitalMastheadResolvesOnlyThroughAKnownName() {
        String text = "THE ISLA CORVA GAZETTE\nIslanders read The Isla Corva Gazette every week.";
        assertEquals(List.of("ISLA CORVA GAZETTE|The Isla Corva Gazette|organisation"), names(text, 0));
        assertEquals(List.of(), names("FERRY FURY: nobody knows", 0));
    }

    @Test
    void datelineInCapitalsResolvesToThePlace() {
        String text = "PUERTO ALBA, Valderra (Meridian Wire) — The region of Valderra signed a deal in Puerto Alba.";
        assertEquals(List.of("PUERTO ALBA|Puerto Alba|place", "Valderra|Valderra|place",
                "Meridian Wire|Meridian Wire|organisation", "Valderra|Valderra|place", "Puerto Alba|Puerto Alba|place"),
                names(text, 0));
    }

    @Test
    void possessiveIsNotPartOfTheMention() {
        String text = "The region of Valderra agreed. Valderra's parliament must still vote.";
        ArticleEntities entities = extract(text);
        assertEquals("Valderra", entities.in(1).get(0).text());
        assertEquals(0, entities.in(1).get(0).span().start());
        assertEquals(8, entities.in(1).get(0).span().end());
    }

    @Test
    void spansPointAtTheMentionInTheSentence() {
        for (String sample : SampleArticles.all()) {
            List<Sentence> sentences = SampleArticles.sentences(sample.substring(0, sample.indexOf('-') + 1));
            ArticleEntities entities = extractor.extract(sentences);
            for (Sentence sentence : sentences) {
                for (Entity entity : entities.in(sentence.index())) {
                    assertEquals(entity.text(), entity.span().of(sentence.text()), sample);
                }
            }
        }
    }

    @Test
    void noSampleTurnsACommonCapitalisedWordIntoAnEntity() {
        Set<String> common = Set.of("The", "But", "And", "Officials", "Auditors", "Islanders", "Advertisement",
                "Photo", "Opinion", "Regional", "Maritime", "Monday", "March", "British-Norwegian", "European",
                "Norwegian", "Kenyan", "Share", "Related", "Comments", "READ MORE", "Organisers");
        for (String sample : SampleArticles.all()) {
            List<Sentence> sentences = SampleArticles.sentences(sample.substring(0, sample.indexOf('-') + 1));
            for (List<Entity> entities : extractor.extract(sentences).bySentence()) {
                for (Entity entity : entities) {
                    assertFalse(common.contains(entity.text()), sample + ": " + entity);
                }
            }
        }
    }

    @Test
    void emptyArticleHasNoEntities() {
        ArticleEntities entities = extractor.extract(List.of());
        assertEquals(List.of(), entities.bySentence());
        assertTrue(entities.aliases().isEmpty());
    }

    private ArticleEntities extract(String text) {
        return extractor.extract(new SentenceSplitter().split(text));
    }

    private List<String> names(String text, int sentence) {
        return extract(text).in(sentence).stream()
                .map(e -> e.text() + "|" + e.canonical() + "|" + e.type().label())
                .toList();
    }
}
