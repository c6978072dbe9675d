-- Step 2: COPY every file as text (server-side; psql -v datadir=/abs/path).
-- A missing optional file would make COPY fail; the generator always writes all twelve.
SET search_path = xc;

\set f :datadir '/cadres.csv'
COPY raw_cadres FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/relatives.csv'
COPY raw_relatives FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/declared_businesses.csv'
COPY raw_declared_businesses FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/enterprises.csv'
COPY raw_enterprises FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/enterprise_persons.csv'
COPY raw_enterprise_persons FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/contracts.csv'
COPY raw_contracts FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/bids.csv'
COPY raw_bids FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/properties.csv'
COPY raw_properties FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/declared_properties.csv'
COPY raw_declared_properties FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/travels.csv'
COPY raw_travels FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/declared_trips.csv'
COPY raw_declared_trips FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
\set f :datadir '/side_job_approvals.csv'
COPY raw_side_job_approvals FROM :'f' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8');
