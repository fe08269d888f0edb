package org.medopt.app.taper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The portal's "How are you doing?" form: a rating 0-3 per checklist item (by item id), how hard this is 0-10, the
 * person's own words, whether it is intolerable ({@code yes}/{@code no}) and what they ask of the plan. A bean, so
 * that the page can bind one rating per item.
 */
public class CheckInForm {

    private Map<String, String> ratings = new LinkedHashMap<>();
    private String howHard;
    private String freeText;
    private String intolerable;
    private String request = "none";

    public Map<String, String> getRatings() {
        return ratings;
    }

    public void setRatings(Map<String, String> ratings) {
        this.ratings = ratings;
    }

    public String getHowHard() {
        return howHard;
    }

    public void setHowHard(String howHard) {
        this.howHard = howHard;
    }

    public String getFreeText() {
        return freeText;
    }

    public void setFreeText(String freeText) {
        this.freeText = freeText;
    }

    public String getIntolerable() {
        return intolerable;
    }

    public void setIntolerable(String intolerable) {
        this.intolerable = intolerable;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }
}
