package bachprop.music;

/** Which part of a data set a melody belongs to. {@code NONE} for data that has no split. */
public enum Split {
    TRAIN,
    VALID,
    TEST,
    NONE;

    public String label() {
        return name().toLowerCase();
    }
}
