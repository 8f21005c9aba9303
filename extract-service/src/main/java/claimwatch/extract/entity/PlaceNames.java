package claimwatch.extract.entity;

import java.util.Arrays;
import java.util.Set;

/** A small gazetteer of countries, capitals and major cities, and the words that announce a place name. */
public final class PlaceNames {

    private static final String GAZETTEER = String.join("|",
            // continents and large regions
            "Europe", "Asia", "Africa", "America", "North America", "South America", "Latin America", "Antarctica",
            "Oceania", "Middle East", "Scandinavia", "Balkans", "Caribbean", "Southeast Asia", "Central Asia",
            "Western Europe", "Eastern Europe", "Northern Europe", "Southern Europe", "Central Europe", "Baltics",
            "Arctic", "Siberia", "Patagonia", "Sahel", "Gulf", "Mediterranean", "North Sea", "Baltic Sea",
            // countries
            "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
            "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Botswana", "Brazil",
            "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Costa Rica",
            "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Ecuador", "Egypt", "El Salvador",
            "England", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece",
            "Greenland", "Guatemala", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
            "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
            "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta",
            "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
            "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
            "Northern Ireland", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru",
            "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland",
            "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea",
            "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tanzania",
            "Thailand", "Tunisia", "Turkey", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
            "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia",
            "Zimbabwe", "Britain", "Great Britain", "Holland",
            // capitals and major cities
            "Abu Dhabi", "Accra", "Addis Ababa", "Algiers", "Amsterdam", "Ankara", "Athens", "Auckland", "Baghdad",
            "Baku", "Bangkok", "Barcelona", "Beijing", "Beirut", "Belfast", "Belgrade", "Berlin", "Bern", "Bilbao",
            "Birmingham", "Bogota", "Bordeaux", "Boston", "Bratislava", "Brussels", "Bruxelles", "Bucharest",
            "Budapest", "Buenos Aires", "Cairo", "Calcutta", "Cape Town", "Caracas", "Chicago", "Copenhagen",
            "Dakar", "Dallas", "Damascus", "Delhi", "Dhaka", "Doha", "Dubai", "Dublin", "Edinburgh", "Frankfurt",
            "Geneva", "Genoa", "Glasgow", "Gothenburg", "Hamburg", "Hanoi", "Havana", "Helsinki", "Hong Kong",
            "Houston", "Istanbul", "Jakarta", "Jerusalem", "Johannesburg", "Kabul", "Karachi", "Kyiv", "Kiev",
            "Kuala Lumpur", "Lagos", "Lima", "Lisbon", "Lisboa", "Liverpool", "Ljubljana", "London", "Los Angeles",
            "Luanda", "Lyon", "Madrid", "Malaga", "Manchester", "Manila", "Marseille", "Melbourne", "Mexico City",
            "Miami", "Milan", "Minsk", "Montreal", "Moscow", "Mumbai", "Munich", "Nairobi", "Naples", "New Delhi",
            "New York", "Nice", "Oslo", "Ottawa", "Palermo", "Paris", "Porto", "Prague", "Reykjavik", "Riga",
            "Rio de Janeiro", "Riyadh", "Rome", "Rotterdam", "San Francisco", "Santiago", "Sao Paulo", "São Paulo",
            "Sarajevo", "Seattle", "Seoul", "Seville", "Shanghai", "Skopje", "Sofia", "Stockholm", "Strasbourg",
            "Sydney", "Tallinn", "Tbilisi", "Tehran", "Tel Aviv", "The Hague", "Tirana", "Tokyo", "Toronto",
            "Turin", "Valencia", "Vancouver", "Venice", "Vienna", "Vilnius", "Warsaw", "Washington", "Wellington",
            "Yerevan", "Zagreb", "Zurich", "Bergen", "Trondheim", "Aberdeen", "Cardiff", "Southampton",
            "Antwerp", "Gdansk", "Hamburg", "Le Havre", "Piraeus", "Valletta", "Nicosia", "Luxembourg City");

    private static final Set<String> NAMES = Set.copyOf(Arrays.asList(GAZETTEER.split("\\|")));

    /** First words of place names: "Puerto Alba", "San Sebastian", "Isla Corva". */
    private static final Set<String> PREFIXES = Lexicon.of("puerto", "port", "porto", "san", "santa", "santo", "são",
            "sao", "saint", "st", "st.", "mount", "mt.", "lake", "cape", "isla", "isle", "fort", "los", "las",
            "villa", "ciudad", "bahia", "bahía", "punta", "monte", "rio", "río");

    /** Lower-case nouns that, followed by "of", announce a place: "the region of Valderra", "the islands of X". */
    private static final Set<String> INTRODUCERS = Lexicon.of("region", "regions", "island", "islands", "isle", "city",
            "town", "village", "province", "state", "county", "country", "capital", "port", "harbour", "harbor",
            "mayor", "governor", "government", "municipality", "republic", "kingdom", "coast", "outskirts", "suburbs",
            "north", "south", "east", "west", "centre", "center", "heart", "residents", "inhabitants", "citizens",
            "streets", "parliament", "people");

    private PlaceNames() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    static boolean isPrefix(String lower) {
        return PREFIXES.contains(lower);
    }

    static boolean introduces(String lower) {
        return INTRODUCERS.contains(lower);
    }
}
