package org.medopt.measurement;

/** An instrument whose electronic use needs a licence was asked to be scored where none is recorded. */
public class InstrumentNotLicensed extends RuntimeException {

    public InstrumentNotLicensed(Instrument instrument) {
        super(instrument.name() + " needs a licence for electronic use that this deployment has not recorded: "
                + instrument.licence().text());
    }
}
