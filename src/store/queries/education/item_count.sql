SELECT COUNT(*) AS n FROM education_items i WHERE /*WHERE*/
